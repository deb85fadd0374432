import Testing
@testable import SummitKit

/// What a term is matched against: record text folded the way terms are (ASCII and full-width
/// capitals lower-cased, hyphens and en dashes as spaces, curly apostrophes straight), with every
/// other byte, Japanese included, left as it was.
@Suite struct TermFoldingTests {
    func folded(_ s: String) -> String { String(decoding: TermMatcher.foldBytes(ArraySlice(s.utf8)), as: UTF8.self) }

    @Test func foldsLatinCaseAndPunctuationOnly() {
        #expect(folded("LNG Deal") == "lng deal")
        #expect(folded("Cutting-Edge") == "cutting edge")
        #expect(folded("Japan–US") == "japan us")
        #expect(folded("Japan’s") == "japan's")
        #expect(folded("ＬＮＧの輸入") == "lngの輸入")
        #expect(folded("日米首脳会談") == "日米首脳会談")
        #expect(folded("") == "")
    }

    @Test func leavesLookAlikeAndCutSequencesAlone() {
        // — (em dash, E2 80 94) and ‘ (E2 80 98) are not folded; ａ (EF BD 81) is already lower case.
        #expect(folded("a—b‘c") == "a—b‘c")
        #expect(folded("ａ") == "ａ")
        // A sequence cut at the end of a slice is copied as it stands, never read past.
        let cut: [UInt8] = [0x41, 0xE2, 0x80]
        #expect(TermMatcher.foldBytes(ArraySlice(cut)) == [0x61, 0xE2, 0x80])
        let cutWide: [UInt8] = [0xEF, 0xBC]
        #expect(TermMatcher.foldBytes(ArraySlice(cutWide)) == cutWide)
    }

    @Test func foldsASliceInPlaceOfItsArray() {
        let bytes = Array("XX Tariffs XX".utf8)
        #expect(TermMatcher.foldBytes(bytes[3..<10]) == Array("tariffs".utf8))
    }

    @Test func aFoldedTextMatchesLikeItsString() {
        #expect(TermMatcher.fold("ＬＮＧ–Deal") == String(decoding: TermMatcher.foldBytes(ArraySlice("ＬＮＧ–Deal".utf8)), as: UTF8.self))
    }

    /// The sixteen-byte copy must agree with the byte-by-byte fold wherever the bytes that fold
    /// fall: across chunk edges, at the end, inside a three-byte sequence cut by a chunk.
    /// The word-at-a-time test agrees with the byte table for every byte value in every lane.
    @Test func aWordMayFoldExactlyWhenOneOfItsBytesWould() {
        let folds: (UInt8) -> Bool = { ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x2D || $0 == 0xE2 || $0 == 0xEF }
        for lane in 0..<8 {
            for b in 0...255 {
                // Filler that never folds around the byte under test: 0xE3 (a kana lead byte) and 'a'.
                var bytes = [UInt8](repeating: lane % 2 == 0 ? 0xE3 : 0x61, count: 8)
                bytes[lane] = UInt8(b)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(TermMatcher.mayFold(word) == folds(UInt8(b)), "byte \(b) in lane \(lane)")
            }
        }
        for edge: UInt8 in [0x40, 0x5B, 0x7F, 0x80, 0xC0, 0xDA, 0xE1, 0xE4, 0xEE, 0xF0, 0xFF, 0x00, 0x2C, 0x2E] {
            let word = [UInt8](repeating: edge, count: 8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(!TermMatcher.mayFold(word), "\(edge)")
        }
    }

    @Test func longTextsFoldAsByteByByte() {
        func reference(_ s: String) -> [UInt8] {
            var out: [UInt8] = []
            for ch in s.unicodeScalars {
                switch ch {
                case "A"..."Z": out.append(UInt8(ch.value) + 32)
                case "-", "–": out.append(0x20)
                case "’": out.append(0x27)
                case "Ａ"..."Ｚ": out.append(UInt8(ch.value - 0xFF21) + 0x61)
                default: out += Array(String(ch).utf8)
                }
            }
            return out
        }
        let pieces = ["a", "B", "-", "–", "’", "Ａ", "Ｚ", "日本", "首脳会談", "—", "‘", "ａ", " ", "LNG", "関税",
                      "日米の首脳会談について", "abcdefgh", "Z"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(TermMatcher.foldBytes(text) == reference(text), "\(text)")
        }
    }
}
