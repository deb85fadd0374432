import Testing
@testable import SummitKit

/// Record names go into a saved script's first line: whatever a file may be called, the header
/// stays one line and reads back as the same name.
@Suite struct ScriptHeaderTests {
    static let names = [
        "plain-2025-02-07.txt",
        "two words.txt",
        "line\nbreak.txt",
        "line\n.save! /tmp/pwned\n.txt",
        "esc\u{1B}]52;c;cHduZWQ=\u{07}.txt",
        "csi\u{9B}2J.txt",
        "bidi\u{202E}txt.exe",
        "comma, and 100% sure.txt",
        "%41 literal.txt",
        "会談 記録.txt",
    ]

    @Test(arguments: names)
    func namesRoundTripInOneLine(_ name: String) {
        let header = ScriptHeader(pairs: [(name, "0123456789abcdef"), ("other.txt", "fedcba9876543210")])
        let line = header.line
        #expect(!line.contains("\n") && !line.contains("\r"))
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
        #expect(ScriptHeader.parse(line) == header, "\(line)")
        // A script made of the header reads as one comment line, nothing to run.
        let script = ScriptFile(path: "s.summit", text: line + "\n")
        #expect(script.lines.count == 1)
        #expect(script.header?.records.first?.name == name)
    }

    @Test func oldHeadersWithoutEncodingStillParse() {
        let h = ScriptHeader.parse("# summit script; record: japan-us-summit-2025-02-07.txt 3077c11ae70a6e66")
        #expect(h?.records.first?.name == "japan-us-summit-2025-02-07.txt")
    }
}
