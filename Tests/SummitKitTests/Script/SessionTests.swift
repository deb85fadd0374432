import Foundation
import Testing
@testable import SummitKit

@Suite struct SessionTests {
    final class Capture { var out: [String] = []; var err: [String] = [] }

    func session() -> (Session, Capture) {
        let c = Capture()
        let s = Session(records: [Record(name: "t-2025-02-07.txt", bytes: Array(PlanAndExecuteTests.text.utf8))],
                        extractor: Extractor(tables: .bundled, lexicon: testLexicon),
                        options: Session.Options(render: RenderOptions(format: .table, color: false, width: 80)),
                        write: { c.out.append($0) }, writeError: { c.err.append($0) })
        return (s, c)
    }

    @Test func formatSettingIsShownAndChanged() {
        let (s, c) = session()
        #expect(s.execute(".format") == .ok)
        #expect(c.out.last == "table")
        #expect(s.execute(".format json") == .ok)
        #expect(s.execute(".format xml") == .failed)
        #expect(c.err.last?.contains("unknown format 'xml'") == true)
        #expect(s.execute("count quotes") == .ok)
        #expect(c.out.last?.contains("\"rows\"") == true)
    }

    @Test func headersSettingHidesTableAndCSVTitles() {
        let (s, c) = session()
        #expect(s.execute(".headers") == .ok)
        #expect(c.out.last == "on")
        #expect(s.execute("count quotes by speaker") == .ok)
        #expect(c.out.last?.contains("────") == true)
        #expect(s.execute(".headers off") == .ok)
        #expect(s.execute("count quotes by speaker") == .ok)
        #expect(c.out.last?.contains("────") == false)
        #expect(s.execute("count quotes by speaker as csv") == .ok)
        #expect(c.out.last?.hasPrefix("key,label,count") == false)
        #expect(s.execute(".headers maybe") == .failed)
        #expect(c.err.last?.contains(".headers takes on or off") == true)
    }

    @Test func unknownDotCommandSuggests() {
        let (s, c) = session()
        #expect(s.execute(".hlep") == .failed)
        #expect(c.err.last?.contains("did you mean '.help'") == true)
    }

    @Test func togglesAndQuit() {
        let (s, c) = session()
        #expect(s.execute(".timer on") == .ok)
        #expect(s.execute("count quotes") == .ok)
        #expect(c.out.last?.hasPrefix("time: ") == true)
        #expect(s.execute(".echo maybe") == .failed)
        #expect(s.execute(".trace on") == .ok)
        #expect(s.execute("count quotes") == .ok)
        #expect(c.err.contains { $0.hasPrefix("trace: plan") })
        #expect(s.execute(".quit") == .quit)
    }

    @Test func scriptErrorsNameFileLineAndColumn() throws {
        let (s, c) = session()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("summit-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("s.summit")
        try Data("count quotes\n\n# note\nquotes by Nobody\ncount figures\n".utf8).write(to: script)
        let outcome = s.runScript(path: script.path, keepGoing: false)
        #expect(outcome.ran == 2)
        #expect(outcome.failures == 1)
        #expect(c.err.last?.hasPrefix("\(script.path):4:11: error: unknown speaker 'Nobody'") == true)
    }

    @Test func headerRoundTripsAndWarnsOnAnotherRecord() {
        let r = Record(name: "a.txt", bytes: Array("本文。\n".utf8))
        let h = ScriptHeader(records: [r])
        #expect(ScriptHeader.parse(h.line) == h)
        #expect(h.mismatch(with: [r]) == nil)
        #expect(h.mismatch(with: [Record(name: "a.txt", bytes: Array("別。\n".utf8))]) != nil)
        #expect(ScriptHeader.parse("# just a comment") == nil)
    }

    @Test func diffShowsChangedLines() {
        let d = lineDiff(old: "a\nb\nc\n", new: "a\nB\nc\n", oldName: "want", newName: "got")
        #expect(d.contains("- b"))
        #expect(d.contains("+ B"))
        #expect(d.contains("@@ line 2 @@"))
        // The whole diff: context, removed before inserted, common lines kept in between.
        #expect(lineDiff(old: "h1\nh2\nh3\nx\nsame\ny\nt1\nt2\nt3", new: "h1\nh2\nh3\nX\nsame\nnew\ny\nt1\nt2\nt3",
                         oldName: "want", newName: "got") == """
            --- want
            +++ got
            @@ line 4 @@
              h2
              h3
            - x
            + X
              same
            + new
              y
              t1
            """)
    }
}
