/// amount = number-word [ scale-word ] [ currency-word ] | japanese-amount
///
/// An amount may span up to three words (`500 billion dollars`); the parser takes the scale and
/// currency words only when they follow a number, so `between 1 and 5` still finds its `and`.
extension Parser {
    mutating func parseAmount(after: String) throws(QueryError) -> Amount {
        let first = current
        let hint = "try a number such as 500, $500B, 1 trillion yen or 5000億ドル"
        guard first.kind == .word else {
            throw QueryError("expected an amount after '\(after)'", column: first.column, expected: ["amount"], hint: hint)
        }
        if AmountText.isJapanese(first.text) {
            advance()
            places.append(WordPlace(.amount, first.text, column: first.column))
            return Amount(value: nil, unit: nil, surface: first.text)
        }
        guard let parsed = AmountText.parseEnglish(first.text) else {
            throw QueryError("'\(first.shown)' is not an amount", column: first.column, expected: ["amount"], hint: hint)
        }
        advance()
        var words = [first]
        var value = parsed.value
        var unit = parsed.unit
        if !parsed.scaled, current.kind == .word, let key = current.key, let scale = Keywords.scales[key] {
            value *= scale
            words.append(advance())
        }
        if unit == nil, current.kind == .word, let code = Keywords.currencies[current.key ?? current.text] {
            unit = code
            words.append(advance())
        }
        guard value.isFinite else {
            throw QueryError("amount '\(first.shown)' is too large", column: first.column, expected: ["amount"], hint: hint)
        }
        let surface = words.map(\.text).joined(separator: " ")
        places.append(WordPlace(.amount, surface, column: first.column))
        return Amount(value: value, unit: unit, surface: surface)
    }
}
