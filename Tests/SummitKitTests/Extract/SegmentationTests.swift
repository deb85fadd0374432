import Foundation
import Testing
@testable import SummitKit

@Suite struct SegmentationTests {
    @Test func headingsParagraphsSentences() {
        let r = Record(name: "r.txt", bytes: Array("見出し一\n\n一文目。二文目「引用。まだ引用」です！三文目\n続きの行。\n\n    字下げ見出し\n\n本文。\n".utf8))
        #expect(r.sections.map(\.heading) == ["見出し一", "字下げ見出し"])
        #expect(r.sections.map(\.line) == [1, 6])
        let body = r.sentences.filter { !$0.isHeading }.map { r.text($0.range) }
        #expect(body == ["一文目。", "二文目「引用。まだ引用」です！", "三文目", "続きの行。", "本文。"])
        #expect(r.paragraphs.map(\.firstLine) == [3, 8])
        #expect(r.paragraphs[0].lastLine == 4)
    }

    @Test func longLineWithoutFullStopIsNotAHeading() {
        let line = String(repeating: "あ", count: 80)
        let r = Record(name: "r.txt", bytes: Array("\(line)\n".utf8))
        #expect(r.sections.isEmpty)
    }

    @Test func notesAndLinksAreNotHeadings() {
        let r = Record(name: "r.txt", bytes: Array("※データ放送ではご覧になれません\n\nhttps://example.jp/a\n".utf8))
        #expect(r.sections.isEmpty)
    }

    @Test func unbalancedBracketKeepsTheLineOneSentence() {
        let r = Record(name: "r.txt", bytes: Array("前。「開いたまま。閉じない。\n".utf8))
        #expect(r.sentences.map { r.text($0.range) } == ["前。", "「開いたまま。閉じない。"])
    }

    @Test func referenceDateFromName() {
        #expect(Record.dateInName("japan-us-summit-2025-02-07.txt") == CalendarDate(year: 2025, month: 2, day: 7))
        #expect(Record.dateInName("news20240229.txt") == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(Record.dateInName("news20230229.txt") == nil)
        #expect(Record.dateInName("report.txt") == nil)
    }

    @Test func badFilesAreRefusedWithAReason() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("summit-seg-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt"); try Data().write(to: empty)
        let binary = dir.appendingPathComponent("bin.txt"); try Data([0x41, 0x00, 0x42]).write(to: binary)
        let latin = dir.appendingPathComponent("latin.txt"); try Data([0x41, 0x0A, 0xE9, 0x41]).write(to: latin)
        #expect(throws: RecordError.self) { try Record.load(path: empty.path) }
        #expect(throws: RecordError.self) { try Record.load(path: dir.path) }
        #expect(throws: RecordError.self) { try Record.load(path: dir.appendingPathComponent("nope.txt").path) }
        do { _ = try Record.load(path: latin.path); Issue.record("latin-1 accepted") } catch {
            #expect(error.reason.contains("line 2"))
        }
        do { _ = try Record.load(path: binary.path); Issue.record("binary accepted") } catch {
            #expect(error.reason.contains("NUL"))
        }
    }

    @Test func deepNestingAndLongLinesStayLinear() {
        let deep = String(repeating: "「", count: 10_000) + "と述べた。"
        let s = extract(deep + "\n")
        #expect(s.quotes.isEmpty)
        let long = String(repeating: "トランプ大統領は「よい」と述べた。", count: 20_000)
        let t = extract(long)
        #expect(t.quotes.count == 1)
        #expect(t.quotes[0].occurrences.count == 20_000)
    }

    @Test(arguments: [
        ("日韓首脳会談\n2025年5月12日 19時42分\n\n本文。\n", "r.txt", "2025-05-12"),
        ("題\n  ２０２６年１月２０日\n本文。\n", "r.txt", "2026-01-20"),
        ("題\n2025年2月30日\n本文。\n", "r.txt", nil),                  // no such day
        ("題\n本文は2025年5月12日の話。\n", "r.txt", nil),              // not a dateline: mid-line
        ("1\n2\n3\n4\n5\n2025年5月12日\n", "r.txt", nil),            // too far down
        ("題\n2025年5月12日\n本文。\n", "r-2024-01-02.txt", "2024-01-02"), // the name wins
    ] as [(String, String, String?)])
    func referenceDateFromNameElseDateline(_ text: String, _ name: String, _ expected: String?) {
        let d = Record(name: name, bytes: Array(text.utf8)).referenceDate
        #expect(d.map { String(format: "%04d-%02d-%02d", $0.year, $0.month, $0.day) } == expected)
    }
}
