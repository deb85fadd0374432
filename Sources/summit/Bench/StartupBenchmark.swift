#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Start-up to first answer as a user sees it: a fresh `summit -e 'who said LNG'` process,
/// timed from spawn to exit. This includes loading the binary, building the fact store from
/// the record and rendering, which in-process timings would all miss.
///
/// Beside it, when sqlite3 is installed, `sqlite3 :memory: 'select 1'`: a small C program that
/// also starts, answers one query and exits. The two are spawned in turn so a busy moment of
/// this shared machine slows both alike, and the ratio of the medians is the figure the target
/// judges: an absolute time swings 1.5× with the load here. Which of the two goes first swaps
/// every round (summit, sqlite3, sqlite3, summit, …), so neither always runs just after the
/// other's exit; a few untimed rounds first put both binaries in the page cache.
struct StartupBenchmark {
    static let query = "who said LNG"
    static let baselineArguments = [":memory:", "select 1"]

    let runs: Int
    /// The count the project's own start-up measurements use. Six repeats on a loaded machine
    /// (load average 6.7): the ratio's standard deviation was 0.07 with 21 spawns, 0.05 with 41.
    static let minimumSpawns = 41
    static let warmUpRounds = 3
    let recordPath: String?

    struct Result: Sendable {
        let command: [String]
        let samples: Samples
        let failure: String?
        /// sqlite3's spawns, interleaved with summit's; nil when sqlite3 is not on the PATH or failed.
        var baselineCommand: [String]? = nil
        var baseline: Samples? = nil
        /// The summit executable's size on disk, in bytes.
        var binaryBytes: Int? = nil

        /// summit's median over sqlite3's.
        var ratio: Double? {
            guard failure == nil, let baseline, baseline.count > 0, baseline.medianMs > 0 else { return nil }
            return samples.medianMs / baseline.medianMs
        }
    }

    func run() -> Result {
        let exe = ChildProcess.currentExecutable()
        var arguments = ["-e", Self.query]
        if let recordPath { arguments += ["--record", recordPath] }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        let child = ChildProcess(path: exe, arguments: arguments, environment: environment)
        let sqlite = Self.onPath("sqlite3", environment["PATH"]).map { ChildProcess(path: $0, arguments: Self.baselineArguments, environment: environment) }
        var result = Result(command: [exe] + arguments, samples: Samples(), failure: nil)
        result.binaryBytes = Self.fileSize(exe)
        var samples = Samples()
        var baseline: Samples? = sqlite == nil ? nil : Samples()
        do {
            for _ in 0..<Self.warmUpRounds {
                let warm = try child.run()
                if warm != 0 { return Result(command: result.command, samples: samples, failure: "exit status \(warm)", binaryBytes: result.binaryBytes) }
                if let sqlite, baseline != nil, (try? sqlite.run()) != 0 { baseline = nil }
            }
            for round in 0..<runs {
                let summitFirst = round % 2 == 0
                if !summitFirst, let sqlite, baseline != nil { Self.time(sqlite, into: &baseline) }
                let (status, ns) = try MonotonicClock.measure { () throws(ChildProcess.Failure) in try child.run() }
                if status != 0 { return Result(command: result.command, samples: samples, failure: "exit status \(status)", binaryBytes: result.binaryBytes) }
                samples.append(ns)
                if summitFirst, let sqlite, baseline != nil { Self.time(sqlite, into: &baseline) }
            }
        } catch {
            return Result(command: result.command, samples: samples, failure: String(describing: error), binaryBytes: result.binaryBytes)
        }
        result = Result(command: result.command, samples: samples, failure: nil, binaryBytes: result.binaryBytes)
        if let sqlite, let baseline {
            result.baselineCommand = [sqlite.path] + sqlite.arguments
            result.baseline = baseline
        }
        return result
    }

    /// One timed run of the baseline; a failed one drops the baseline (no ratio is shown).
    private static func time(_ baselineProcess: ChildProcess, into baseline: inout Samples?) {
        guard let (status, ns) = try? MonotonicClock.measure({ () throws(ChildProcess.Failure) in try baselineProcess.run() }),
              status == 0 else { baseline = nil; return }
        baseline?.append(ns)
    }

    /// The first executable `name` in the colon-separated `path`.
    static func onPath(_ name: String, _ path: String?) -> String? {
        for dir in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") where !dir.isEmpty {
            let candidate = dir + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }
}
