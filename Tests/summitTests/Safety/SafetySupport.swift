import Foundation
import Glibc
import Testing

/// Shared pieces of the safety tests: hostile text, invented records of any size, a shell to
/// run summit in (for /dev/full, closed stdout and ignored SIGPIPE), and a child process that
/// signals reach.
enum Safety {
    /// ESC-based CSI (clear screen), OSC 52 (write the clipboard), a C1 CSI (U+009B), and the
    /// bidi override and isolate that make text read differently from what it is.
    static let hostile = "\u{1B}[2J\u{1B}]52;c;cHduZWQ=\u{07}\u{9B}31m\u{202E}\u{2066}"

    /// Every raw control a terminal would act on: C0 except LF (and CR, which CSV uses), DEL,
    /// C1, and bidi overrides, isolates and marks.
    static func rawControls(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter {
            ($0 < 0x20 && $0 != 0x0A && $0 != 0x0D) || (0x7F...0x9F).contains($0) || (0x202A...0x202E).contains($0)
                || (0x2066...0x2069).contains($0) || $0 == 0x200E || $0 == 0x200F
        }
    }

    static func expectClean(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(rawControls(text).isEmpty, "\(what): raw controls \(rawControls(text)) in \(text.prefix(300).debugDescription)",
                sourceLocation: sourceLocation)
    }

    /// An invented report of about `megabytes` MB: varied sentences, quotes, figures, blank
    /// lines between paragraphs (no text from any real report).
    static func record(megabytes: Double) -> String {
        let names = ["山田首相", "佐藤大臣", "鈴木長官", "高橋議員"]
        let topics = ["経済", "関税", "投資", "防衛", "エネルギー", "農業", "技術"]
        var out = "架空会談の記録 2031年4月1日\n\n"
        var i = 0
        while Double(out.utf8.count) < megabytes * 1_048_576 {
            let n = names[i % names.count], t = topics[i % topics.count], u = topics[(i / 7) % topics.count]
            out += "\(n)は「\(t)について第\(i)回の協議を進めたい」と述べた。会談では\(t)と\(u)について意見が交わされ、その規模は\(i)億円だという。\n"
            if i % 5 == 4 { out += "\n" }
            i += 1
        }
        return out
    }

    struct ShellResult { let status: Int32; let stdout: String; let stderr: String }

    /// Runs `script` with bash, `$SUMMIT` set to the binary; stdout and stderr as the script
    /// leaves them (it may redirect summit's own).
    static func bash(_ script: String, binary: URL = SummitProcess.binary, directory: URL? = nil) throws -> ShellResult {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", script]
        var env = ProcessInfo.processInfo.environment
        env["SUMMIT"] = binary.path
        env["NO_COLOR"] = "1"
        env["XDG_STATE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("summit-tests-state").path
        p.environment = env
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        let o = OutputCollector(out.fileHandleForReading), e = OutputCollector(err.fileHandleForReading)
        try p.run()
        p.waitUntilExit()
        return ShellResult(status: p.terminationStatus, stdout: o.text(), stderr: e.text())
    }

    /// The release binary, when one has been built (`swift build -c release`).
    static var releaseBinary: URL? {
        let url = SummitProcess.packageRoot.appendingPathComponent(".build/release/summit")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }
}

/// summit started with a clean signal mask (test threads block signals, and a child inherits
/// that), its output going to files, so a test can signal it and time how it ends.
struct SignalledChild {
    let pid: pid_t
    let stdoutPath: String
    let stderrPath: String

    init(_ binary: URL, _ arguments: [String], directory: URL) throws {
        stdoutPath = directory.appendingPathComponent("child.out").path
        stderrPath = directory.appendingPathComponent("child.err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let environment = ["NO_COLOR=1", "PATH=/usr/bin:/bin", "HOME=" + directory.path]
        guard let pid = CleanSpawn.spawn(binary, arguments, environment: environment, actions: &actions) else { throw SpawnFailed() }
        self.pid = pid
    }

    struct SpawnFailed: Error {}

    var stdout: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Polls until `condition` holds on stdout; false after `seconds`.
    func waitForOutput(seconds: Double, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(stdout) { return true }
            usleep(20_000)
        }
        return false
    }

    /// Sends `signal` and waits: the exit status (128 + N when a signal ended it) and how long
    /// it took to end, or nil status when it did not end within `seconds` (it is killed then).
    func signal(_ signal: Int32, waitSeconds seconds: Double) -> (status: Int32?, elapsed: Double) {
        let start = Date()
        kill(pid, signal)
        var status: Int32 = 0
        while Date().timeIntervalSince(start) < seconds {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid {
                let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
                return (code, Date().timeIntervalSince(start))
            }
            usleep(2_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        return (nil, Date().timeIntervalSince(start))
    }
}
