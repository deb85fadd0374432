/// What a long record load is stopped by (Ctrl-C) and reports its progress to (a terminal).
/// Loading is the one piece of work that grows with input the user did not write, so it checks
/// for cancellation inside its loops rather than only between records.
public struct LoadWatch: Sendable {
    public var cancel: Cancellation
    /// Called from the loading loops, a few times a second at most (every few MB).
    public var progress: (@Sendable (LoadProgress) -> Void)?

    public init(cancel: Cancellation = .never, progress: (@Sendable (LoadProgress) -> Void)? = nil) {
        self.cancel = cancel
        self.progress = progress
    }

    public static let none = LoadWatch()
}

public struct LoadProgress: Sendable, Equatable {
    /// `done` comes once at the end, finished or cancelled, so a progress line can be wiped.
    public enum Stage: String, Sendable { case reading, extracting, done }
    public let name: String
    public let stage: Stage
    public let done: Int
    public let total: Int

    public init(name: String, stage: Stage, done: Int, total: Int) {
        self.name = name; self.stage = stage; self.done = done; self.total = total
    }

    /// "loading big.txt: reading 42%" (the name escaped, so the line is safe to print as is).
    public var line: String {
        "loading \(shown(name, limit: 60)): \(stage.rawValue) \(total > 0 ? done * 100 / total : 100)%"
    }
}
