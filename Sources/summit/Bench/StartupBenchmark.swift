import Foundation

/// Start-up to first answer as a user sees it: a fresh `summit -e 'who said LNG'` process,
/// timed from spawn to exit. This includes loading the binary, building the fact store from
/// the record and rendering, which in-process timings would all miss.
struct StartupBenchmark {
    static let query = "who said LNG"

    let runs: Int
    static let minimumSpawns = 21
    let recordPath: String?

    struct Result: Sendable {
        let command: [String]
        let samples: Samples
        let failure: String?
    }

    func run() -> Result {
        let exe = ChildProcess.currentExecutable()
        var arguments = ["-e", Self.query]
        if let recordPath { arguments += ["--record", recordPath] }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        let child = ChildProcess(path: exe, arguments: arguments, environment: environment)
        var samples = Samples()
        do {
            // One untimed run first, so the binary is in the page cache like a second launch.
            let warm = try child.run()
            if warm != 0 { return Result(command: [exe] + arguments, samples: samples, failure: "exit status \(warm)") }
            for _ in 0..<runs {
                let (status, ns) = try MonotonicClock.measure { () throws(ChildProcess.Failure) in try child.run() }
                if status != 0 { return Result(command: [exe] + arguments, samples: samples, failure: "exit status \(status)") }
                samples.append(ns)
            }
        } catch {
            return Result(command: [exe] + arguments, samples: samples, failure: String(describing: error))
        }
        return Result(command: [exe] + arguments, samples: samples, failure: nil)
    }
}
