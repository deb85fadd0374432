/// A money or quantity bound in `figures over …`, as typed and, when English, as a number.
///
/// Japanese amounts (`5000億ドル`, `１兆円`) keep `value` nil: reading 兆/億/万 and kanji digits
/// belongs with the extractor's number reader, which a later stage applies to `surface`.
public struct Amount: Sendable, Equatable {
    /// The number with its scale applied (`$1.5 trillion` → 1.5e12); nil for Japanese forms.
    public var value: Double?
    /// `"USD"`, `"JPY"` or `"EUR"` when the amount says so, nil when it does not.
    public var unit: String?
    /// The amount exactly as typed (words joined by one space).
    public var surface: String

    public init(value: Double?, unit: String?, surface: String) {
        self.value = value
        self.unit = unit
        self.surface = surface
    }
}

/// The bound of a `figures` query.
public enum AmountFilter: Sendable, Equatable {
    case over(Amount)
    case under(Amount)
    case between(Amount, Amount)
}
