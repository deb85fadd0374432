/// Why a record could not be loaded, said so that the user knows what to do next.
public struct RecordError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String
    public let hint: String

    public init(path: String, reason: String, hint: String) {
        self.path = path; self.reason = reason; self.hint = hint
    }

    public var description: String { "\(path): \(reason); \(hint)" }
}
