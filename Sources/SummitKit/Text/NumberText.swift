/// Numbers as people read them: 150, 1.5, 1000000000000 (no exponent, no trailing .0).
public func formatNumber(_ v: Double) -> String {
    if v.isFinite, v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    return String(v)
}

/// Two digits, zero-padded (a month, day, hour, minute or offset in ISO 8601).
func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

/// A year as four digits (ISO 8601).
func four(_ n: Int) -> String {
    let digits = "\(n)"
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
