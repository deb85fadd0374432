/// Optional-returning accessors, so tests and script checks can dig into a parsed answer
/// with `value["rows"]?[0]?["name"]?.stringValue` instead of nested pattern matches.
extension JSONValue {
    /// The first value stored under `key`, if this is an object that has it.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    /// The element at `index`, if this is an array and the index is in bounds.
    public subscript(index: Int) -> JSONValue? {
        guard case let .array(elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    public var stringValue: String? {
        guard case let .string(text) = self else { return nil }
        return text
    }

    public var boolValue: Bool? {
        guard case let .bool(flag) = self else { return nil }
        return flag
    }

    /// Either number case as a `Double` (large integers may round).
    public var doubleValue: Double? {
        switch self {
        case let .int(value): return Double(value)
        case let .number(value): return value
        default: return nil
        }
    }

    /// Either number case, when it is exactly an integer.
    public var intValue: Int? {
        switch self {
        case let .int(value): return value
        case let .number(value): return Int(exactly: value)
        default: return nil
        }
    }

    public var arrayValue: [JSONValue]? {
        guard case let .array(elements) = self else { return nil }
        return elements
    }

    public var objectValue: [(String, JSONValue)]? {
        guard case let .object(pairs) = self else { return nil }
        return pairs
    }

    /// Keys in their stored order; empty for anything that is not an object.
    public var objectKeys: [String] {
        guard case let .object(pairs) = self else { return [] }
        return pairs.map(\.0)
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

extension JSONValue {
    /// An object's fields in order; nil for any other value.
    public var objectFields: [(String, JSONValue)]? {
        if case .object(let fields) = self { return fields }
        return nil
    }
}
