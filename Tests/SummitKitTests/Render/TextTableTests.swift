import Testing
@testable import SummitKit

@Suite("Render: text table")
struct RenderTextTableTests {
    static let sample = TextTable(
        columns: [
            TextTable.Column(title: "who"),
            TextTable.Column(title: "topic"),
            .number("amount"),
        ],
        rows: [
            ["石破茂", "LNG輸入の拡大", "1000000000000"],
            ["Trump", "tariffs", "25"],
            ["日本製鉄", "U.S. Steel「買収」", "14.1"],
        ]
    )

    /// Display-width offsets of every bar (│ or ┼) in a line.
    static func barPositions(_ line: String) -> [Int] {
        var positions: [Int] = []
        var column = 0
        for character in line {
            if character == "│" || character == "┼" { positions.append(column) }
            column += displayWidth(String(character))
        }
        return positions
    }

    static func tableLines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }

    @Test func exactLayout() {
        let text = Self.sample.render(maxWidth: nil, color: false)
        #expect(text == """
            who      │ topic              │        amount
            ─────────┼────────────────────┼──────────────
            石破茂   │ LNG輸入の拡大      │ 1000000000000
            Trump    │ tariffs            │            25
            日本製鉄 │ U.S. Steel「買収」 │          14.1
            (3 rows)
            """)
    }

    @Test func separatorsLineUpWithJapanese() {
        let lines = Self.tableLines(Self.sample.render(maxWidth: nil, color: false))
        let expected = Self.barPositions(String(lines[0]))
        #expect(expected.count == 2)
        for line in lines {
            #expect(Self.barPositions(String(line)) == expected, "\(line)")
        }
    }

    @Test func noTrailingSpaces() {
        var table = Self.sample
        table.rows.append(["", "", ""])
        table.rows.append(["only first"])
        let text = table.render(maxWidth: nil, color: false)
        for line in text.split(separator: "\n") {
            #expect(!line.hasSuffix(" "), "\(line)")
        }
    }

    @Test func colorOnlyWhenAsked() {
        let plain = Self.sample.render(maxWidth: nil, color: false)
        #expect(!plain.contains("\u{1B}"))
        let colored = Self.sample.render(maxWidth: nil, color: true)
        let header = String(colored.split(separator: "\n")[0])
        #expect(header.hasPrefix("\u{1B}[1mwho\u{1B}[0m"))
        #expect(!header.hasSuffix(" "))
        // Escape codes must not shift the columns: stripping them gives the plain header.
        let stripped = header.replacingAll("\u{1B}[1m", with: "").replacingAll("\u{1B}[0m", with: "")
        #expect(stripped == String(plain.split(separator: "\n")[0]))
        // Rows are unchanged.
        #expect(colored.split(separator: "\n").dropFirst() == plain.split(separator: "\n").dropFirst())
    }

    @Test func escapeSequencesInCellsAreShown() {
        let table = TextTable(
            columns: [TextTable.Column(title: "t\u{1B}[2J"), TextTable.Column(title: "b")],
            rows: [["\u{1B}[31mred\u{1B}[0m", "line\nbreak\ttab\u{9B}x\u{202E}y"]]
        )
        for color in [false, true] {
            let text = table.render(maxWidth: nil, color: color)
            let raw = text.replacingAll("\u{1B}[1m", with: "").replacingAll("\u{1B}[0m", with: "")
            #expect(!raw.unicodeScalars.contains {
                ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F || (0x80...0x9F).contains($0.value)
                    || (0x202A...0x202E).contains($0.value)
            })
            #expect(text.contains("␛[31mred␛[0m"))
            #expect(text.contains("line␤break␉tab<U+009B>x<U+202E>y"))
            #expect(text.split(separator: "\n").count == 4)
        }
    }

    /// A table fits only if no English word in a wrapped column would be cut; Japanese text breaks
    /// anywhere, and a word longer than twelve cells (a URL) may break.
    @Test func aTableThatWouldCutAWordDoesNotFit() {
        let english = TextTable(columns: [TextTable.Column(title: "id"), TextTable.Column(title: "qualifier")],
                                rows: [["f1", "approximately"], ["f2", "exact"]])
        #expect(english.fits(maxWidth: 40))
        #expect(!english.fits(maxWidth: 14))      // "qualifier" or "approxim|ately" would be cut
        let japanese = TextTable(columns: [TextTable.Column(title: "id"), TextTable.Column(title: "文")],
                                 rows: [["q1", String(repeating: "関税", count: 20)]])
        #expect(japanese.fits(maxWidth: 20))
        let url = TextTable(columns: [TextTable.Column(title: "id"), TextTable.Column(title: "link")],
                            rows: [["q1", "https://example.invalid/" + String(repeating: "a", count: 60)]])
        #expect(url.fits(maxWidth: 30))
        #expect(TextTable.longestWord("about 2025-02-07 (today)") == 10)
    }

    @Test func zeroRows() {
        let table = TextTable(columns: [TextTable.Column(title: "name"), .number("n")], rows: [])
        #expect(table.render(maxWidth: nil, color: false) == "name │ n\n─────┼──\n(0 rows)")
    }

    @Test func footerOptions() {
        var table = TextTable(columns: [TextTable.Column(title: "x")], rows: [["1"]])
        #expect(table.render(maxWidth: nil, color: false) == "x\n─\n1\n(1 row)")
        table.footer = nil
        #expect(table.render(maxWidth: nil, color: false) == "x\n─\n1")
        table.footer = "(1 match)"
        #expect(table.render(maxWidth: nil, color: false).hasSuffix("\n(1 match)"))
    }

    @Test func narrowTerminalWrapsWidestWrappableColumn() {
        let long = "日米首脳会談で石破首相はトランプ大統領と会談し、LNGの輸入拡大を表明した。"
        let table = TextTable(
            columns: [TextTable.Column(title: "id", wrap: false),
                      TextTable.Column(title: "summary"),
                      .number("score")],
            rows: [["a-1", long, "12345"], ["b-2", "short", "7"]]
        )
        let text = table.render(maxWidth: 40, color: false)
        let lines = Self.tableLines(text)
        let expected = Self.barPositions(String(lines[0]))
        for line in lines {
            #expect(displayWidth(line) <= 40, "\(line)")
            #expect(Self.barPositions(String(line)) == expected, "\(line)")
        }
        #expect(lines.count > 5)
        // Continuation lines leave the other columns blank.
        #expect(lines[3].hasPrefix("    │ "))
        #expect(lines[3].hasSuffix("│"))
        // The wrapped pieces put back together are the original text.
        let summary = lines[2..<(lines.count - 1)].map { line in
            line.split(separator: "│", omittingEmptySubsequences: false)[1]
                .trimmingSpaces()
        }.joined()
        #expect(summary == long)
        #expect(text.hasSuffix("\n(2 rows)"))
    }

    @Test func neverNarrowerThanTenOrNonWrappable() {
        let table = TextTable(
            columns: [TextTable.Column(title: "fixed", wrap: false),
                      TextTable.Column(title: "text")],
            rows: [["aaaaaaaaaaaaaaaaaaaa", "the quick brown fox jumps over the lazy dog"]]
        )
        let lines = Self.tableLines(table.render(maxWidth: 20, color: false))
        #expect(lines[0] == "fixed                │ text")
        #expect(lines[1] == "─────────────────────┼───────────")
        #expect(lines[2] == "aaaaaaaaaaaaaaaaaaaa │ the quick")
        #expect(lines.allSatisfy { displayWidth($0) <= 33 })
    }

    @Test func fittedWidthsShrinkWidestFirst() {
        #expect(fittedColumnWidths(natural: [30, 20, 5], wrappable: [true, true, true],
                                   maxWidth: 51, separatorWidth: 3) == [20, 20, 5])
        // Once tied, the widest columns shrink together and end up within one cell.
        #expect(fittedColumnWidths(natural: [30, 20, 5], wrappable: [true, true, true],
                                   maxWidth: 46, separatorWidth: 3) == [17, 18, 5])
        #expect(fittedColumnWidths(natural: [30, 20, 5], wrappable: [true, true, true],
                                   maxWidth: 36, separatorWidth: 3) == [12, 13, 5])
        #expect(fittedColumnWidths(natural: [30, 20, 5], wrappable: [true, true, true],
                                   maxWidth: 10, separatorWidth: 3) == [10, 10, 5])
        #expect(fittedColumnWidths(natural: [30, 20, 5], wrappable: [false, true, true],
                                   maxWidth: 36, separatorWidth: 3) == [30, 10, 5])
        #expect(fittedColumnWidths(natural: [30, 20], wrappable: [true, true],
                                   maxWidth: nil, separatorWidth: 3) == [30, 20])
    }

    @Test func raggedRowsArePadded() {
        let table = TextTable(columns: [TextTable.Column(title: "a"), TextTable.Column(title: "b")],
                              rows: [["1"], ["1", "2", "3"]])
        #expect(table.render(maxWidth: nil, color: false) == "a │ b\n──┼──\n1 │\n1 │ 2\n(2 rows)")
    }
}

extension RenderTextTableTests {
    @Test func wrappedJapaneseWithEmptyAndMissingCells() {
        let table = TextTable(
            columns: [TextTable.Column(title: "who", wrap: false), .number("n"), TextTable.Column(title: "quote")],
            rows: [["石破", "12", "日本はLNGの輸入を拡大する。e\u{301}と👍🏽も"], ["", "", ""], ["Trump", "7"]]
        )
        #expect(table.render(maxWidth: 30, color: false) == """
            who   │  n │ quote
            ──────┼────┼──────────────────
            石破  │ 12 │ 日本はLNGの輸入を
                  │    │ 拡大する。e\u{301}と👍🏽も
                  │    │
            Trump │  7 │
            (3 rows)
            """)
    }

    /// A space after a prepended mark (U+0600) is part of its grapheme cluster, so trimming
    /// trailing spaces by Characters keeps it; the byte-level trim must too.
    @Test func trailingSpaceAfterPrependedMarkStays() {
        let table = TextTable(columns: [TextTable.Column(title: "text"), TextTable.Column(title: "end")],
                              rows: [["日本語です", "\u{600}"], ["0123456789", "x"]])
        #expect(table.render(maxWidth: 16, color: false)
                == "text       │ end\n───────────┼────\n日本語です │ \u{600} \n0123456789 │ x\n(2 rows)")
    }

    /// A cell that fits is printed whole even with a line separator inside; one that does not
    /// is wrapped paragraph by paragraph; a wrapped bold title is bold on each line.
    @Test func lineSeparatorsBoldTitlesAndRightAlignment() {
        let table = TextTable(columns: [.number("amount"), TextTable.Column(title: "長い見出しの列です")],
                              rows: [["1", "一\u{2028}二"], ["22", "三つ目の段落\u{2028}四"]])
        #expect(table.render(maxWidth: 22, color: true) == """
            \u{1B}[1mamount\u{1B}[0m │ \u{1B}[1m長い見出しの\u{1B}[0m
                   │ \u{1B}[1m列です\u{1B}[0m
            ───────┼──────────────
                 1 │ 一\u{2028}二
                22 │ 三つ目の段落
                   │ 四
            (2 rows)
            """)
    }
}

private extension StringProtocol {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
