#if canImport(Glibc)
import Glibc
#endif

/// The environment variables summit reads, looked up one at a time when asked.
///
/// `ProcessInfo.processInfo.environment` builds a dictionary of every variable (and sets up
/// ProcessInfo on first use), about 0.2 ms of a one-shot `summit -e` that needs only a few names.
/// Tests hand in a fixed set with a dictionary literal instead.
public struct ProcessEnvironment: Sendable, ExpressibleByDictionaryLiteral {
    private let fixed: [String: String]?

    /// This process's environment, read at each lookup.
    public static let current = ProcessEnvironment(fixed: nil)

    private init(fixed: [String: String]?) { self.fixed = fixed }

    public init(dictionaryLiteral elements: (String, String)...) {
        fixed = Dictionary(elements, uniquingKeysWith: { $1 })
    }

    public subscript(name: String) -> String? {
        if let fixed { return fixed[name] }
        return getenv(name).map { String(cString: $0) }
    }
}
