import Testing
@testable import SummitKit

@Suite("Render: line break rules")
struct RenderLineBreakRulesTests {
    /// The kinsoku characters as a reader knows them; the switches must hold exactly these.
    static let noBreakBefore = Set(
        ("、。，．,.・：；？！ー―‐〜～」』）］｝〕〉》】〙〗" + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ" + ")]}!?:;%")
            .unicodeScalars.map(\.value))
    static let noBreakAfter = Set("「『（［｛〔〈《【〘〖([{".unicodeScalars.map(\.value))

    @Test func switchesHoldExactlyTheKinsokuCharacters() {
        let before = (UInt32(0)...0xFFFF).filter(forbidsBreakBefore)
        let after = (UInt32(0)...0xFFFF).filter(forbidsBreakAfter)
        #expect(Set(before) == Self.noBreakBefore)
        #expect(Set(after) == Self.noBreakAfter)
    }
}
