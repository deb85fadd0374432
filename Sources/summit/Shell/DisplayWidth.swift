import CEditLine

/// How many terminal columns a string occupies, so listed candidates line up even when some are
/// Japanese (two columns per character) and others ASCII.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            // wcwidth knows East Asian width once the locale is UTF-8; -1 means a control or
            // unknown character, counted as one column rather than breaking the layout.
            let width = Int(summit_wcwidth(scalar.value))
            return sum + (width < 0 ? 1 : width)
        }
    }
}
