/// Numbers as people read them: 150, 1.5, 1000000000000 (no exponent, no trailing .0).
public func formatNumber(_ v: Double) -> String {
    if v.isFinite, v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    return String(v)
}
