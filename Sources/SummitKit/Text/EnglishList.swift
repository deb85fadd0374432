/// Items as an English sentence lists them: `a`, `a and b`, `a, b and c` (with `or` for a choice).
/// Leads, follow-ups and errors all name people and words this way, so they read alike.
public func englishList(_ items: [String], _ conjunction: String = "and") -> String {
    guard let last = items.last else { return "" }
    return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
}
