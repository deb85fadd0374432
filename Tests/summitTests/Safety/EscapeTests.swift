import Foundation
import Testing
@testable import summit
import SummitKit

/// Issue 13, part 3: ESC, OSC 52, CSI, C1 and bidi overrides fed through every path that prints
/// text summit did not write: echo, narration, diffs, the banner, record names, Tab's file list,
/// history. Each shows them the way table cells do (␛, <U+009B>, <U+202E>).
@Suite struct EscapeTests {
    static let h = Safety.hostile

    @Test func echoNarrationStepAndHistoryShowControlsVisibly() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let script = try dir.file("s.summit", "# narration \(Self.h)\ncount quotes\n# more \(Self.h)\nwho said x\(Self.h)\n")
        let runs: [(String, [String], String?)] = [
            ("run --echo", ["run", "--echo", "--keep-going", script.path], nil),
            ("run --step", ["run", "--step", script.path], "\n\n\n\n"),
            (".echo on piped", [], ".echo on\nwho said x\(Self.h)\ncount quotes\n"),
            (".history piped", [], "who said x\(Self.h)\n.history\n"),
            (".run at the prompt with .echo on", ["-e", ".echo on", "-e", ".run \(script.path)"], nil),
        ]
        for (what, args, stdin) in runs {
            let r = try SummitProcess.run(args, stdin: stdin)
            Safety.expectClean(r.stdout, what + " stdout")
            Safety.expectClean(r.stderr, what + " stderr")
            #expect((r.stdout + r.stderr).contains("\u{241B}[2J\u{241B}]52;c;cHduZWQ=\u{2407}<U+009B>31m<U+202E><U+2066>"),
                    "\(what): the one escaping function's stand-ins\n\(r.stdout)\n\(r.stderr)")
        }
    }

    @Test func checkDiffsAreEscaped() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let script = try dir.file("d.summit", "# \(Self.h)\ncount quotes\n")
        _ = try dir.file("d.expected", "old \(Self.h)\n")
        let r = try SummitProcess.run(["run", "--check", script.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("- old \u{241B}[2J"), "\(r.stdout)")
        #expect(r.stdout.contains("+ # \u{241B}[2J"), "\(r.stdout)")
        Safety.expectClean(r.stdout + r.stderr, "--check diff")
    }

    @Test func recordNamesInTheBannerAndMessagesAreEscaped() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let record = try dir.file("r\(Self.h).txt", Safety.record(megabytes: 0.01))
        let r = try SummitProcess.run(["-e", ".record \(record.path)", "-e", ".records", "-e", "count quotes as csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("loaded r\u{241B}[2J"), "\(r.stdout)")
        Safety.expectClean(r.stdout + r.stderr, ".record")
        let loaded = try Record.load(path: record.path)
        let session = Session(records: [loaded], options: Session.Options(render: RenderOptions(format: .table, color: false, width: 80)),
                              write: { _ in }, writeError: { _ in })
        let banner = Repl(session: session).banner()
        Safety.expectClean(banner, "banner")
        #expect(banner.contains("r\u{241B}[2J"), "\(banner)")
    }

    /// Tab lists file names; a name holding ESC [2J would clear the screen if sent raw, so the
    /// banner above must survive the listing, and the stand-ins must show.
    @Test(.enabled(if: TmuxSession.isAvailable && SummitBinary.url != nil, "needs tmux"))
    func tabListsFileNamesEscaped() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        _ = try dir.file("a\u{1B}[2J\u{9B}1.summit", "count quotes\n")
        _ = try dir.file("a\u{202E}2.summit", "count quotes\n")
        let binary = try SummitBinary.require()
        let session = try #require(TmuxSession(
            command: "cd '\(dir.url.path)' && '\(binary.path)'; sleep 600",
            environment: ["HOME": dir.url.path, "XDG_STATE_HOME": dir.url.appendingPathComponent("state").path]))
        defer { session.kill() }
        #expect(session.waitFor("summit>"))
        session.type(".run a")
        session.send(keys: "Tab")
        #expect(session.waitFor("<U+202E>2.summit"), "\(session.screen())")
        let screen = session.screen()
        #expect(screen.contains("a\u{241B}[2J<U+009B>1.summit"), "\(screen)")
        #expect(screen.contains("summit 0.1.0"), "the banner was not cleared away:\n\(screen)")
    }
}
