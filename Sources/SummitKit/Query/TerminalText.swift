/// Display widths and a safe echo of a query line, so an error's caret lands under the right
/// character and the terminal never receives raw control bytes from whatever the user pasted.
///
/// Why here and not in a render module: the query stage must point at columns before the render
/// module exists. The rule is deliberately tiny (CJK ranges are two columns, everything else one)
/// and is used both to count columns and to echo the line, so caret and echo always agree.
enum TerminalText {
    /// Columns the scalar takes *in the echoed line*: a control is echoed as `visible` shows
    /// it (one control picture, or `<U+009B>`), all of it one column per scalar.
    static func width(_ scalar: Unicode.Scalar) -> Int {
        if isControl(scalar) || isBidiControl(scalar) { return visible(scalar).unicodeScalars.count }
        return isWide(scalar.value) ? 2 : 1
    }

    static func width<S: Sequence>(of scalars: S) -> Int where S.Element == Unicode.Scalar {
        scalars.reduce(0) { $0 + width($1) }
    }

    /// East Asian wide and full-width ranges (a subset; see the render module for the full table).
    static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || v >= 0x20000
    }

    /// C0, DEL and C1 controls: never part of a query, never echoed raw.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v)
    }

    /// Bidirectional overrides and marks: invisible characters that reorder what the terminal
    /// shows (a "Trojan source" trick), so a query containing them is rejected, not guessed at.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// How an unsafe scalar is shown: as the one escaping function (`visible`, which table
    /// cells use too) shows it — ␛ for ESC, <U+009B> for a C1 control.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        SummitKit.visible(String(Character(scalar)))
    }

    /// The line as it may safely be printed: same column layout as `width(_:)` counts.
    static func visible(_ text: String) -> String {
        SummitKit.visible(text)
    }

    /// A short, printable rendering of a word for an error message (1 MB of junk stays one line).
    static func brief(_ text: String, limit: Int = 24) -> String {
        let scalars = text.unicodeScalars
        if scalars.count <= limit { return visible(text) }
        return visible(String(String.UnicodeScalarView(scalars.prefix(limit)))) + "..."
    }

    /// The echo line and caret column, cut to a window around `column` when the line is too
    /// wide to read (a pasted megabyte must not flood the terminal).
    static func window(_ text: String, column: Int, maxWidth: Int = 160) -> (line: String, column: Int) {
        let total = width(of: text.unicodeScalars)
        if total <= maxWidth { return (visible(text), column) }
        let first = max(1, column - maxWidth / 2)
        let last = first + maxWidth - 1
        var out = first > 1 ? "..." : ""
        var col = 1
        var truncatedEnd = false
        for s in text.unicodeScalars {
            let w = width(s)
            if col >= first {
                if col + w - 1 > last { truncatedEnd = true; break }
                out += (isControl(s) || isBidiControl(s)) ? visible(s) : String(Character(s))
            }
            col += w
        }
        if truncatedEnd { out += "..." }
        return (out, column - first + 1 + (first > 1 ? 3 : 0))
    }
}
