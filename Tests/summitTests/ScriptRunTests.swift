import Foundation
import Testing

/// Saved scripts: replay, stop on error, nested runs, cycles, .save, and every script in
/// Scripts/ against its expected output.
@Suite struct ScriptRunTests {
    static var shippedScripts: [URL] {
        let dir = SummitProcess.packageRoot.appendingPathComponent("Scripts")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".summit") }.sorted().map { dir.appendingPathComponent($0) }
    }

    @Test func atLeastFiveScriptsShip() {
        #expect(Self.shippedScripts.count >= 5)
        #expect(Self.shippedScripts.contains { $0.lastPathComponent == "tour.summit" })
    }

    @Test(arguments: shippedScripts)
    func shippedScriptMatchesItsExpectedOutput(_ script: URL) throws {
        let r = try SummitProcess.run(["run", "--check", script.path], timeout: 60)
        #expect(r.status == 0, "\(r.stdout)\n\(r.stderr)")
        #expect(r.stdout.hasPrefix("ok "))
    }

    @Test func stopsAtTheFirstFailureWithFileLineColumn() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let s = try dir.file("bad.summit", "# narration\npeople limit 1\n\nfigures in yn\npeople limit 2\n")
        let r = try SummitProcess.run(["run", s.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.summit:4:12:"))
        #expect(r.stderr.contains("did you mean 'yen'"))
        #expect(r.stdout.components(separatedBy: "(1 row)").count == 2)   // the last line never ran
        let k = try SummitProcess.run(["run", "--keep-going", s.path])
        #expect(k.status == 1)
        #expect(k.stdout.contains("(2 rows)"))
    }

    @Test func nestedRunsAreRelativeToTheScriptAndCyclesAreStopped() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("sub"), withIntermediateDirectories: true)
        _ = try dir.file("sub/inner.summit", "count quotes\n")
        let outer = try dir.file("outer.summit", ".run sub/inner.summit\n")
        let r = try SummitProcess.run(["run", outer.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("count"))
        let a = try dir.file("a.summit", ".run b.summit\n")
        _ = try dir.file("b.summit", ".run a.summit\n")
        let c = try SummitProcess.run(["run", a.path], timeout: 10)
        #expect(c.status == 1)
        #expect(c.stderr.contains("runs itself"))
        #expect(!c.timedOut)
    }

    @Test func saveWritesAReplayableScriptAndNeverSilentlyOverwrites() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let target = dir.url.appendingPathComponent("session.summit")
        let first = try SummitProcess.run(["--allow-write"], stdin: "who said LNG\nfigurs\ncount quotes\n.save \(target.path)\n")
        #expect(first.status == 1)  // one line failed
        let saved = try String(contentsOf: target, encoding: .utf8)
        #expect(saved.hasPrefix("# summit script; record: japan-us-summit-2025-02-07.txt "))
        #expect(saved.contains("who said LNG\ncount quotes\n"))
        #expect(!saved.contains("figurs"))
        let again = try SummitProcess.run(["--allow-write"], stdin: "people\n.save \(target.path)\n")
        #expect(again.status == 1)
        #expect(again.stderr.contains(".save!"))
        #expect(try String(contentsOf: target, encoding: .utf8) == saved)
        let forced = try SummitProcess.run(["--allow-write"], stdin: "people\n.save! \(target.path)\n")
        #expect(forced.status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8).contains("people\n"))
        let replay = try SummitProcess.run(["run", target.path])
        #expect(replay.status == 0)
    }

    @Test func saveOntoAReadOnlyPlaceFailsAndKeepsTheOldFile() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let r = try SummitProcess.run(["--allow-write"], stdin: "people\n.save /proc/summit-cannot-write.summit\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot save"))
    }

    @Test func replayAgainstAnotherRecordWarns() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let script = try dir.file("s.summit", "# summit script; record: other.txt 0123456789abcdef\ncount quotes\n")
        let r = try SummitProcess.run(["run", script.path])
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning"))
        #expect(r.stderr.contains("answers may differ"))
    }

    @Test func checkShowsADiffWhenOutputChanges() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let script = try dir.file("c.summit", "count quotes\n")
        #expect(try SummitProcess.run(["run", "--check", script.path]).status == 1)   // no expected yet
        #expect(try SummitProcess.run(["run", "--rewrite", script.path]).status == 0)
        #expect(try SummitProcess.run(["run", "--check", script.path]).status == 0)
        let expected = dir.url.appendingPathComponent("c.expected")
        let text = try String(contentsOf: expected, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "count", with: "tally").utf8).write(to: expected)
        let r = try SummitProcess.run(["run", "--check", script.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("- ") && r.stdout.contains("+ "))
    }

    @Test func stepModePrintsNarrationAndWaitsForEnter() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let script = try dir.file("demo.summit", "# First, who spoke?\ncount quotes by speaker\n# Then the money.\ncount figures\n# That was all.\n")
        let r = try SummitProcess.run(["run", "--step", script.path], stdin: "\n\n")
        #expect(r.status == 0)
        #expect(r.stdout.contains("\nFirst, who spoke?\n▶ count quotes by speaker\n"), "\(r.stdout)")
        #expect(r.stdout.contains("\nThen the money.\n▶ count figures\n"))
        #expect(r.stdout.hasSuffix("\nThat was all.\n"), "closing narration missing:\n\(r.stdout)")
        #expect(r.stderr == "step 1/2 · Enter run · s skip · b back · q quit\nstep 2/2 · Enter run · s skip · b back · q quit\n")
    }

    /// Comment lines broken by the author's editor are one paragraph on screen; blank comment
    /// lines and list items keep their breaks; Japanese lines join without a space.
    @Test func stepNarrationIsReflowedIntoParagraphs() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let script = try dir.file("p.summit", "# One line broken\n# by the editor.\n#\n# - a list item\n# - another\n#\n# 日本語の\n# 文です。\ncount figures\n")
        let r = try SummitProcess.run(["run", "--step", script.path], stdin: "q\n", environment: ["COLUMNS": "200"])
        #expect(r.stdout == "\nOne line broken by the editor.\n\n- a list item\n- another\n\n日本語の文です。\n▶ count figures\n", "\(r.stdout)")
        let narrow = try SummitProcess.run(["run", "--step", script.path], stdin: "q\n", environment: ["COLUMNS": "24"])
        #expect(narrow.stdout.hasPrefix("\nOne line broken by the\neditor.\n"), "\(narrow.stdout)")
    }

    /// Keys piped in are read as lines, as at a terminal: a typed query, s, b, Enter, q.
    @Test func stepModeReadsPipedKeysAsLines() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let script = try dir.file("demo.summit", "# One.\ncount figures\n# Two.\ncount quotes\n# Three.\npeople limit 2\n")
        // typed query on step 1, skip it, back to it, run it, then quit on step 2.
        let r = try SummitProcess.run(["run", "--step", script.path], stdin: "who attended\ns\nb\n\nq\npeople limit 2\n")
        #expect(r.status == 0, "\(r.stderr)")
        let statuses = r.stderr.split(separator: "\n").map { String($0.prefix(8)) }
        #expect(statuses == ["step 1/3", "step 1/3", "step 2/3", "step 1/3", "step 2/3"], "\(r.stderr)")
        #expect(r.stdout.components(separatedBy: "│ figures").count == 2, "step 1 should run once:\n\(r.stdout)")
        #expect(!r.stdout.contains("│ quotes ("), "q ran step 2:\n\(r.stdout)")
        #expect(!r.stdout.contains("Three."), "q went on:\n\(r.stdout)")
        #expect(r.stdout.hasSuffix("▶ count quotes\n"), "something after q:\n\(r.stdout)")

        // End of input ends the demo like q; a failing step is shown and the demo goes on.
        let bad = try dir.file("bad.summit", "# One.\nsource q9999\n# Two.\ncount figures\n")
        let eof = try SummitProcess.run(["run", "--step", bad.path], stdin: "\n")
        #expect(eof.status == 0)
        #expect(eof.stderr.contains("bad.summit:2:"), "\(eof.stderr)")
        #expect(eof.stdout.contains("▶ count figures") && !eof.stdout.contains("│ figures"))
    }
}
