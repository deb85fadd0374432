/// Why a record could not be loaded, said so that the user knows what to do next.
public struct RecordError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public let hint: String

    public init(path: String, reason: String, hint: String) {
        self.path = path; self.reason = reason; self.hint = hint
    }

    public var description: String { "\(shown(path)): \(reason); \(hint)" }

    /// Ctrl-C during the load: not the file's fault, so callers say "cancelled", not "error".
    public var isCancellation: Bool { reason == Self.cancelledReason }
    static let cancelledReason = "loading was cancelled"
    static func cancelled(_ path: String) -> RecordError {
        RecordError(path: path, reason: cancelledReason, hint: "nothing was loaded")
    }
}
