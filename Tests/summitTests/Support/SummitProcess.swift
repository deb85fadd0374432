import Foundation

/// Runs the built `summit` binary as a user would, with a time limit, and collects what it printed.
struct SummitProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        let timedOut: Bool
        /// The process ended on a signal it did not catch (a crash, or our own terminate on
        /// timeout): Foundation then reports the signal number as `status`.
        var uncaughtSignal = false
    }

    /// The `summit` executable built next to this test bundle.
    static var binary: URL {
        SummitBinary.url ?? packageRoot.appendingPathComponent(".build/debug/summit")
    }

    /// The package's root folder (for Scripts/ and Grammar/).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func run(_ arguments: [String], stdin: String? = nil, stdinData: Data? = nil, environment: [String: String] = [:],
                    directory: URL? = nil, timeout: TimeInterval = 30) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "COLUMNS")
        env["XDG_STATE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("summit-tests-state").path
        for (k, v) in environment { env[k] = v }
        p.environment = env
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        let outData = OutputCollector(out.fileHandleForReading)
        let errData = OutputCollector(err.fileHandleForReading)
        try p.run()
        let payload = stdinData ?? stdin.map { Data($0.utf8) }
        DispatchQueue.global().async {
            if let payload { try? input.fileHandleForWriting.write(contentsOf: payload) }
            try? input.fileHandleForWriting.close()
        }
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(2_000) }
        let timedOut = p.isRunning
        if timedOut { p.terminate(); p.waitUntilExit() }
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: outData.text(), stderr: errData.text(), timedOut: timedOut,
                      uncaughtSignal: p.terminationReason == .uncaughtSignal)
    }
}

/// Reads a pipe to its end on a background thread, so a chatty process never blocks on a full pipe.
final class OutputCollector: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                self.lock.lock(); self.data.append(chunk); self.lock.unlock()
            }
            self.done.signal()
        }
    }

    func text() -> String {
        _ = done.wait(timeout: .now() + 5)
        lock.lock(); defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A scratch folder removed at the end of a test.
struct TemporaryFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("summit-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func file(_ name: String, _ contents: String) throws -> URL {
        let f = url.appendingPathComponent(name)
        try Data(contents.utf8).write(to: f)
        return f
    }
    func remove() { try? FileManager.default.removeItem(at: url) }
}
