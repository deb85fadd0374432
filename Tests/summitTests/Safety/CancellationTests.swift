import CSignals
import Foundation
import Glibc
import Testing

/// Issue 13, part 2: Ctrl-C stops a running query, a script and a record load and returns to the
/// prompt; `summit run` stops with status 130 naming the line. Checked on the debug binary and
/// on the release build (where a `static` flag in a header once existed twice and Ctrl-C never
/// worked), by signalling a child process and by pressing Ctrl-C in tmux.
@Suite(.serialized) struct CancellationTests {
    /// A slow query: 250 terms (the most one query takes), each matched against every sentence.
    static let slowQuery = "mentions " + (1...250).map { "zq\($0)" }.joined(separator: " or ")

    /// Starts `summit run --echo` on a long script of slow queries, waits until it is busy,
    /// sends SIGINT, and checks the status, the message and how fast it ended.
    func interruptAScript(binary: URL, megabytes: Double) throws -> Double {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let record = try dir.file("big-2031-04-01.txt", Safety.record(megabytes: megabytes))
        let script = try dir.file("long.summit", "count quotes\n" + String(repeating: Self.slowQuery + "\n", count: 5000))
        let child = try SignalledChild(binary, ["run", "--echo", "--record", record.path, script.path], directory: dir.url)
        #expect(child.waitForOutput(seconds: 120) { $0.components(separatedBy: "mentions zq1 ").count > 2 }, "never got busy: \(child.stderr)")
        usleep(300_000)
        let (status, elapsed) = child.signal(SIGINT, waitSeconds: 10)
        #expect(status == 130, "status \(String(describing: status)): \(child.stderr)")
        let message = child.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(message.hasPrefix("summit: interrupted at \(script.path):"), "\(child.stderr)")
        #expect(message.hasSuffix("(Ctrl-C); the lines after it did not run"), "\(message)")
        // The line named is a real line of the script, past the first.
        let line = Int(message.dropFirst("summit: interrupted at \(script.path):".count).prefix { $0.isNumber }) ?? 0
        #expect(line >= 2 && line <= 5001, "\(message)")
        return elapsed
    }

    @Test func sigintStopsAScriptWithStatus130NamingTheLine() throws {
        let elapsed = try interruptAScript(binary: SummitProcess.binary, megabytes: 0.5)
        // 100 ms is the target; a debug build on a shared machine gets slack, not a pass for hanging.
        #expect(elapsed < 1.0, "took \(elapsed) s to stop")
    }

    @Test(.enabled(if: Safety.releaseBinary != nil, "build the release binary first: swift build -c release"))
    func releaseBuildStopsWithin100ms() throws {
        let binary = try #require(Safety.releaseBinary)
        var times: [Double] = []
        for _ in 0..<3 { times.append(try interruptAScript(binary: binary, megabytes: 4)) }
        let best = times.min() ?? 1
        #expect(best < 0.1, "release build took \(times) s to stop")
        #expect(times.allSatisfy { $0 < 0.5 }, "\(times)")
    }

    /// The C handlers, in a forked child (only async-signal-safe calls after fork): a signal that
    /// ends the process removes the pending temporary file first; a caught Ctrl-C only sets the
    /// flag, and the same flag is what the Swift side reads.
    @Test func signalsRemoveThePendingFileAndCaughtInterruptsSetTheOneFlag() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            let file = try dir.file("pending-\(signal).tmp", "half written")
            let status: Int32 = file.path.withCString { path in
                let pid = fork()
                if pid == 0 {
                    var unblock = sigset_t()
                    sigfillset(&unblock)
                    sigprocmask(SIG_UNBLOCK, &unblock, nil)
                    _ = summit_signals_install()
                    _ = summit_pending_file_set(path)
                    raise(signal)
                    _exit(0)
                }
                var status: Int32 = 0
                waitpid(pid, &status, 0)
                return status
            }
            #expect(status & 0x7f == signal, "ended by signal \(signal), status \(status)")
            #expect(!FileManager.default.fileExists(atPath: file.path), "signal \(signal) left the temporary file")
        }
        let kept = try dir.file("kept.tmp", "half written")
        let status: Int32 = kept.path.withCString { path in
            let pid = fork()
            if pid == 0 {
                _ = summit_signals_install()
                _ = summit_catch_interrupt()
                _ = summit_pending_file_set(path)
                raise(SIGINT)
                _exit(summit_interrupted() == 1 ? 42 : 1)
            }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            return status
        }
        #expect(status & 0x7f == 0 && (status >> 8) & 0xff == 42, "a caught Ctrl-C sets the flag and the process goes on: \(status)")
        #expect(FileManager.default.fileExists(atPath: kept.path))
    }

    /// At the prompt: Ctrl-C during a query, during `.run`, and during a `.record` load over
    /// 50 MB (whose progress shows first) each return to the prompt, and the session goes on.
    @Test(.enabled(if: TmuxSession.isAvailable && SummitBinary.url != nil, "needs tmux"))
    func ctrlCAtThePromptCancelsQueryScriptAndLoad() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let medium = try dir.file("medium-2031-04-01.txt", Safety.record(megabytes: 1.5))
        let huge = try dir.file("huge-2031-04-01.txt", Safety.record(megabytes: 60))
        _ = try dir.file("long.summit", String(repeating: Self.slowQuery + "\n", count: 5000))
        let binary = try SummitBinary.require()
        let session = try #require(TmuxSession(
            command: "cd '\(dir.url.path)' && '\(binary.path)' --record '\(medium.path)'; echo \"[exited $?]\"; sleep 600",
            environment: ["HOME": dir.url.path, "XDG_STATE_HOME": dir.url.appendingPathComponent("state").path], width: 120))
        defer { session.kill() }
        #expect(session.waitFor("summit>", timeout: .seconds(60)), "\(session.screen())")

        session.type(Self.slowQuery)
        session.send(keys: "Enter")
        usleep(800_000)
        session.send(keys: "C-c")
        #expect(session.waitFor("query cancelled (Ctrl-C)", timeout: .seconds(5)), "\(session.screen())")

        session.type(".run long.summit")
        session.send(keys: "Enter")
        usleep(600_000)
        session.send(keys: "C-c")
        #expect(session.waitFor("interrupted at long.summit:", timeout: .seconds(5)), "\(session.screen())")

        session.type(".record \(huge.lastPathComponent)")
        session.send(keys: "Enter")
        #expect(session.waitFor("loading huge-2031-04-01.txt: ", timeout: .seconds(60)), "progress shown: \(session.screen())")
        session.send(keys: "C-c")
        // This is the debug binary, whose byte loops run many times slower than release and slower
        // still while the rest of the suite runs beside it; the 100 ms bound is checked on the
        // release build (releaseBuildStopsWithin100ms). Here: the load ends and the session goes on.
        #expect(session.waitFor("loading huge-2031-04-01.txt cancelled; still on medium-2031-04-01.txt", timeout: .seconds(20)), "\(session.screen())")

        // Still working, on the same record.
        session.type("count quotes")
        session.send(keys: "Enter")
        #expect(session.waitFor("(1 row)", timeout: .seconds(30)), "\(session.screen())")
        #expect(!session.screen().contains("[exited"))
    }
}
