import Foundation

/// The process environment as a plain dictionary, passed explicitly so that path decisions
/// (like `HistoryLocation`) can be tested with a made-up environment.
enum ProcessInfoEnvironment {
    static func current() -> [String: String] { ProcessInfo.processInfo.environment }
}
