/// A number with a fixed count of decimals (`%.3f`), rounded half away from zero.
/// Our own, so that printing a timing does not link full Foundation (`String(format:)`) and,
/// through it, 34 MB of ICU data.
public func fixedDecimal(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : value < 0 ? "-inf" : "inf" }
    let digits = max(0, min(digits, 9))
    var scale: Double = 1
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    // Past 2^63 there are no decimals left to show; print the integer part as Double does.
    guard scaled < 9.2e18 else { return String(value.rounded()) }
    let units = UInt64(scaled)
    let whole = units / UInt64(scale)
    let sign = value < 0 && units > 0 ? "-" : ""
    guard digits > 0 else { return sign + String(whole) }
    let fraction = String(units % UInt64(scale))
    return sign + String(whole) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
}
