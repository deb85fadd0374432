import Foundation
import Testing

/// `summit gloss`, the word gloss that reports without an English rendering get, run as a
/// user would. Needs MeCab, its UTF-8 dictionary and EDICT (the README's set-up installs them).
@Suite struct GlossCommandTests {
    /// Invented: a minister with a family and a given name, a place, a negated verb.
    static let sentence = "大野恵子外相は港町で漁業の協力を強化したいと述べた。井上氏は来なかった。"

    func isJapanese(_ s: Unicode.Scalar) -> Bool {
        (0x3040...0x30FF).contains(s.value) || (0x4E00...0x9FFF).contains(s.value)
    }

    @Test func glossesASentenceWithNamesInEnglishWords() throws {
        let r = try SummitProcess.run(["gloss", Self.sentence])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        try #require(lines.count == 1)
        let line = String(lines[0])
        #expect(line.hasPrefix("[gloss] Ono Keiko · "), "names are romanised, family name first")
        #expect(line.contains("/ Inoue · "), "氏 is dropped, 井上 keeps its u")
        #expect(line.contains(" / "), "the sentence break is shown")
        #expect(line.contains("fish"))
        #expect(line.contains("not"), "the negation survives")
        #expect(!line.unicodeScalars.contains(where: isJapanese), "every word is English: \(line)")
    }

    @Test func readsLinesFromStandardInput() throws {
        let r = try SummitProcess.run(["gloss"], stdin: "井上氏\n漁業\n")
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("[gloss] ") })
        #expect(lines.first == "[gloss] Inoue")
    }

    @Test func withMeCabHiddenItSaysSoInOneLine() throws {
        let r = try SummitProcess.run(["gloss", Self.sentence], environment: ["SUMMIT_GLOSS_HIDE": "mecab"])
        #expect(r.status == 1)
        #expect(!r.uncaughtSignal && !r.timedOut)
        #expect(r.stdout.split(separator: "\n").count == 1)
        #expect(r.stdout.hasPrefix("[gloss unavailable] "))
        #expect(r.stdout.contains("libmecab-dev"))
        #expect(r.stderr.isEmpty)
    }

    @Test func withEdictHiddenItNamesThatPackage() throws {
        let r = try SummitProcess.run(["gloss", "漁業"], environment: ["SUMMIT_GLOSS_HIDE": "edict"])
        #expect(r.status == 1)
        #expect(r.stdout == "[gloss unavailable] the EDICT dictionary /usr/share/edict/edict is missing: apt-get install edict\n")
    }
}
