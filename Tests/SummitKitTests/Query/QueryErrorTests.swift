import Testing
@testable import SummitKit

/// Every error names what was wrong, the column, and what to try; these pin the exact wording
/// because the shell prints it as is.
@Suite struct QueryErrorTests {
    @Test func renderedShowsLineCaretAndOneErrorLine() {
        #expect(failure("figurs in yen")?.rendered(input: "figurs in yen") == """
            figurs in yen
            ^
            error: unknown query 'figurs' at column 1; did you mean 'figures'? (try .help)
            """)
        #expect(failure("who sad LNG")?.rendered(input: "who sad LNG") == """
            who sad LNG
                ^
            error: expected 'said', 'attended' or 'is' after 'who' at column 5; did you mean 'said'? (try .help)
            """)
    }

    @Test func descriptionIsTheErrorLine() {
        let error = failure("quotse by Trump")
        #expect(error?.description == "error: unknown query 'quotse' at column 1; did you mean 'quotes'? (try .help)")
        #expect(error?.column == 1)
        #expect(error?.suggestion == "quotes")
        #expect(error?.message == "unknown query 'quotse'")
        #expect(error?.expected.contains("quotes") == true)
    }

    @Test func emptyQueryHasNoColumn() {
        #expect(failure("")?.description == "error: empty query; try 'who said LNG' or .help")
        #expect(failure("  \t ")?.description == "error: empty query; try 'who said LNG' or .help")
        #expect(failure("")?.rendered(input: "") == "error: empty query; try 'who said LNG' or .help")
    }

    @Test(arguments: [
        // unknown first word
        ("figurs in yen", 1, "figures", "error: unknown query 'figurs' at column 1; did you mean 'figures'? (try .help)"),
        ("hello", 1, nil, "error: unknown query 'hello' at column 1; try 'who said LNG' or .help"),
        ("who sad LNG", 5, "said", "error: expected 'said', 'attended' or 'is' after 'who' at column 5; did you mean 'said'? (try .help)"),
        ("what Trump said", 6, nil, "error: expected 'did' after 'what' at column 6; try 'what did Trump say about tariffs'"),
        // missing term
        ("who said", 9, nil, "error: expected a term after 'said' at column 9; try 'who said LNG'"),
        ("quotes about", 13, nil, "error: expected a term after 'about' at column 13; try 'quotes about tariffs'"),
        ("mentions", 9, nil, "error: expected a term after 'mentions' at column 9; try 'mentions Alaska'"),
        ("who said limit", 10, nil, "error: expected a term after 'said' at column 10; 'limit' is a keyword here; to search for it, quote it: \"limit\""),
        // missing speaker
        ("quotes by", 10, nil, "error: expected a speaker after 'by' at column 10; try 'quotes by Trump'"),
        ("quotes about 関税 by", 21, nil, "error: expected a speaker after 'by' at column 21; try 'quotes by Trump'"),
        ("what did", 9, nil, "error: expected a speaker after 'did' at column 9; try 'what did Trump say'"),
        ("what did Trump", 15, nil, "error: expected 'say' after the speaker at column 15; try 'what did Trump say'"),
        ("what did Trump sya", 16, "say", "error: expected 'say' after the speaker at column 16; did you mean 'say'? (try .help)"),
        // units and amounts
        ("figures in", 11, nil, "error: expected a unit after 'in' at column 11; try a unit such as yen, dollars, people or 円"),
        ("figures in over 5", 12, nil, "error: expected a unit after 'in' at column 12; try a unit such as yen, dollars, people or 円"),
        ("figures over lots", 14, nil, "error: 'lots' is not an amount at column 14; try a number such as 500, $500B, 1 trillion yen or 5000億ドル"),
        ("figures under", 14, nil, "error: expected an amount after 'under' at column 14; try a number such as 500, $500B, 1 trillion yen or 5000億ドル"),
        ("figures between 1 and", 22, nil, "error: expected an amount after 'and' at column 22; try a number such as 500, $500B, 1 trillion yen or 5000億ドル"),
        ("figures between 1", 18, nil, "error: expected 'and' after the first amount of 'between' at column 18; try 'between 1 and 5 billion'"),
        ("figures over 1 under 2", 16, nil, "error: only one of 'over', 'under' or 'between' may be given at column 16; keep one amount bound, e.g. 'between 1 and 5 billion'"),
        // limit
        ("who said LNG limit 0", 20, nil, "error: expected a positive whole number after 'limit' at column 20; try 'limit 10'"),
        ("who said LNG limit -3", 20, nil, "error: expected a positive whole number after 'limit' at column 20; try 'limit 10'"),
        ("who said LNG limit x", 20, nil, "error: expected a positive whole number after 'limit' at column 20; try 'limit 10'"),
        ("who said LNG limit", 19, nil, "error: expected a positive whole number after 'limit' at column 19; try 'limit 10'"),
        ("who said LNG limit 99999999999999999999", 20, nil, "error: limit '99999999999999999999' is too large at column 20; try a smaller number, e.g. 'limit 100'"),
        ("timeline limit 2 limit 3", 18, nil, "error: 'limit' is given twice at column 18; keep one 'limit' clause"),
        // formats
        ("who said LNG as jsn", 17, "json", "error: unknown format 'jsn' at column 17; did you mean 'json'? (try .help)"),
        ("who said LNG as xml", 17, nil, "error: unknown format 'xml' at column 17; try one of table, json, csv, text"),
        ("who said LNG as", 16, nil, "error: expected a format after 'as' at column 16; try one of table, json, csv, text"),
        // quotes and parentheses
        ("who said \"LNG", 10, nil, "error: unterminated quoted string at column 10; add a closing '\"' (write \\\" for a quote inside)"),
        ("who said \"\"", 10, nil, "error: empty quoted string at column 10; put a word or phrase between the quotes"),
        ("who said (LNG or gas", 10, nil, "error: '(' is never closed at column 10; add a matching ')' after the term"),
        ("who said LNG)", 13, nil, "error: unexpected ')' at column 13; remove it or add a matching '(' before it"),
        ("who said ()", 11, nil, "error: expected a term after '(' at column 11; try '(LNG or gas)'"),
        // dangling operators
        ("who said LNG and", 17, nil, "error: expected a term after 'and' at column 17; try 'LNG and Alaska'"),
        ("who said LNG or", 16, nil, "error: expected a term after 'or' at column 16; try 'LNG or tariffs'"),
        ("who said not", 13, nil, "error: expected a term after 'not' at column 13; try 'not tariffs'"),
        ("who said LNG not gas", 14, nil, "error: unexpected 'not' at column 14; write 'and not' to leave a term out"),
        // trailing junk
        ("who attended now", 14, nil, "error: unexpected 'now' after a complete query at column 14; expected 'limit' or 'as' here, or remove it"),
        ("timeline limt 5", 10, "limit", "error: unexpected 'limt' after a complete query at column 10; did you mean 'limit'? (try .help)"),
        ("quotes abot tariffs", 8, "about", "error: unexpected 'abot' after a complete query at column 8; did you mean 'about'? (try .help)"),
        ("source q1 q2", 11, nil, "error: unexpected 'q2' after a complete query at column 11; expected 'limit' or 'as' here, or remove it"),
        // explain, source, count
        ("explain explain who said LNG", 9, nil, "error: 'explain' cannot be nested at column 9; write 'explain' once, then a query"),
        ("explain", 8, nil, "error: expected a query after 'explain' at column 8; try 'explain who said LNG'"),
        ("source", 7, nil, "error: expected a fact id after 'source' at column 7; try 'source q12' (ids appear in answers: q quotes, f figures, t times, e entities) or 'source L12' (a line)"),
        ("count qoutes", 7, "quotes", "error: expected 'quotes', 'figures' or 'mentions' after 'count' at column 7; did you mean 'quotes'? (try .help)"),
        ("count mentions", 15, nil, "error: expected a term after 'mentions' at column 15; try 'count mentions tariffs'"),
        ("count mentions LNG by speakr", 23, "speaker", "error: expected 'speaker', 'topic' or 'unit' after 'by' at column 23; did you mean 'speaker'? (try .help)"),
        ("quotes by A by B", 13, nil, "error: 'by' is given twice at column 13; keep one 'by' clause"),
        // unsafe characters
        ("who said a\u{0}b", 11, nil, "error: unexpected control character '\u{2400}' at column 11; remove it and retype the query"),
        ("who said \u{1B}[31m", 10, nil, "error: unexpected control character '\u{241B}' at column 10; remove it and retype the query"),
        ("who said a\u{202E}b", 11, nil, "error: unexpected invisible character U+202E at column 11; remove it and retype the query"),
    ] as [(String, Int, String?, String)])
    func errorCase(input: String, column: Int, suggestion: String?, line: String) {
        let error = failure(input)
        #expect(error?.column == column)
        #expect(error?.suggestion == suggestion)
        #expect(error?.description == line)
    }

    @Test func columnsCountJapaneseAsTwo() {
        let input = "quotes about 関税 by"
        #expect(failure(input)?.rendered(input: input) == """
            quotes about 関税 by
                                ^
            error: expected a speaker after 'by' at column 21; try 'quotes by Trump'
            """)
        #expect(failure("who said 関税 as jsn")?.column == 18)
    }

    @Test func controlCharactersAreEchoedVisibly() {
        let input = "who said \u{1B}[31mred"
        let rendered = failure(input)?.rendered(input: input) ?? ""
        #expect(!rendered.unicodeScalars.contains("\u{1B}"))
        #expect(rendered.hasPrefix("who said \u{241B}[31mred\n         ^\n"))
        // The same stand-ins as table cells (one escaping function), and the caret still lands
        // under the character after a wide stand-in.
        #expect(visible("a\u{0}\u{7F}\u{85}\tb") == "a\u{2400}\u{2421}<U+0085>\u{2409}b")
        #expect(printedWidth("a\u{85}b") == 10)
    }

    @Test func longLinesAreEchoedInAWindow() {
        let input = "who said " + String(repeating: "x", count: 5000) + " as jsn"
        let rendered = failure(input)?.rendered(input: input) ?? ""
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(lines[0].count <= 170)
        // The caret still sits under the bad word.
        let caret = lines[1].count - 1
        let echoed = Array(lines[0])
        #expect(String(echoed[caret..<min(echoed.count, caret + 3)]) == "jsn")
        #expect(lines[2] == "error: unknown format 'jsn' at column 5014; did you mean 'json'? (try .help)")
    }

    @Test func longWordsAreShortenedInMessages() {
        let word = String(repeating: "z", count: 1000)
        #expect(failure(word)?.message == "unknown query '\(String(repeating: "z", count: 24))...'")
    }
}
