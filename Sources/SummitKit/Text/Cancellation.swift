/// Ctrl-C reaches long work through this: the executor checks it between rows, a record load
/// every 64 KB to 1 MB. It sits with the toolkit because every stage that loops over a record
/// (reading its bytes, segmenting, extracting, executing) takes one, and none may depend on
/// another stage for it.
public struct Cancellation: Sendable {
    let check: @Sendable () -> Bool
    public init(_ check: @escaping @Sendable () -> Bool) { self.check = check }
    public static let never = Cancellation { false }
    public var isCancelled: Bool { check() }
}
