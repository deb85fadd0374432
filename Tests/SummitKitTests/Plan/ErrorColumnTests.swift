import Testing
@testable import SummitKit

/// Errors found after parsing (an unknown speaker, unit, amount or fact id) point where the
/// word was typed, from the lexer's token, not where the same word first occurs in the line.
@Suite struct ErrorColumnTests {
    static let store = extract("""
    見出し

    石破総理大臣は関税について「互いの利益となるべきだ」と述べました。
    日本は対米投資額を1兆ドルに引き上げます。

    """)

    /// The planner's error for `line`, rendered as the shell shows it.
    func planError(_ line: String) -> (column: Int, rendered: String)? {
        do {
            _ = try Planner(store: Self.store).plan(try parseQuery(line))
            return nil
        } catch {
            return (error.column, error.rendered(input: line))
        }
    }

    @Test func speakerNamedLikeTheTopicGetsItsOwnColumn() {
        // The bug this guards: the column came from searching the line for "Zork" (column 14).
        #expect(planError("quotes about Zork by Zork")?.column == 22)
        #expect(planError("quotes about Zork by Zork")?.rendered == """
            quotes about Zork by Zork
                                 ^
            error: unknown speaker 'Zork' at column 22; try 'who said …' to see who speaks, or .help speakers
            """)
        #expect(planError("explain quotes about Zork by Zork")?.column == 30)
    }

    @Test func wideTextBeforeTheErrorCountsTwoColumnsACharacter() {
        // 関税 is four columns wide: "quotes about " (13) + 4 + " by " (4) → column 22.
        #expect(planError("quotes about 関税 by Zork")?.column == 22)
        // Inside a Japanese form the speaker's column is still that of the whole line.
        #expect(planError("quotes about 関税 by ゾーク")?.column == 22)
        #expect(planError("ゾークの発言")?.column == 1)
        // An emoji sequence is drawn as one wide glyph: two columns, not the sum of its scalars.
        #expect(planError("quotes about \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} by Zork")?.column == 20)
        #expect(planError("quotes about \"\u{1F1EF}\u{1F1F5}\" by Zork")?.column == 22)
    }

    @Test func aQuotedStringHoldingTheWordIsSkipped() {
        #expect(planError("quotes about \"by Zork\" by Zork")?.column == 27)
        // A quoted speaker: the caret is under its opening quote.
        #expect(planError("quotes about Zork by \"Zork\"")?.column == 22)
    }

    @Test func tabsAreOneColumnAsTheEchoShowsThem() {
        let line = "quotes\tabout Zork\tby Zork"
        let error = planError(line)
        #expect(error?.column == 22)
        // The echo shows each tab as ␉, one column, so the caret is under the speaker.
        let lines = error?.rendered.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        #expect(lines.count == 3)
        if lines.count == 3 {
            let caret = lines[1].count - 1
            #expect(String(Array(lines[0])[caret...]) == "Zork")
        }
    }

    @Test func unitsAmountsAndIdsPointAtTheirOwnWords() {
        // `yen` is first a unit (known), then a speaker (unknown): the speaker's column.
        #expect(planError("figures in yen by yen")?.column == 19)
        #expect(planError("figures about zorkles in zorkles")?.column == 26)
        #expect(planError("compare 石破 and Zork")?.column == 18)
        #expect(planError("source zz")?.column == 8)
    }
}
