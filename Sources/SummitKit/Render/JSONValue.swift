/// A JSON value whose objects keep their keys in insertion order.
///
/// Answers are printed as JSON for scripts and for people at once, and people expect fields
/// in the order the query named them; `[String: Any]`-style dictionaries would shuffle them.
/// Integers are kept apart from doubles so that counts and IDs print exactly.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Ordered key/value pairs; duplicates are not prevented here.
    case object([(String, JSONValue)])
}

/// Written by hand because tuples are not `Equatable`.
///
/// Objects compare in order (the order is part of what gets printed). Numbers compare by
/// value across `.int` and `.number`, so `.number(3)` equals `.int(3)`: serializing prints
/// both as `3`, and a value must still equal itself after a serialize-and-parse round trip.
extension JSONValue: Equatable {
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null):
            return true
        case let (.bool(a), .bool(b)):
            return a == b
        case let (.int(a), .int(b)):
            return a == b
        case let (.number(a), .number(b)):
            return a == b
        case let (.int(a), .number(b)), let (.number(b), .int(a)):
            return Int(exactly: b) == a
        case let (.string(a), .string(b)):
            return a == b
        case let (.array(a), .array(b)):
            return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default:
            return false
        }
    }
}
