/// Splits a query line into words, quoted strings and parentheses.
///
/// Words are maximal runs of anything but whitespace, parentheses and `"`: the lexer does not
/// decide what a word means (keyword, name, amount, Japanese phrase) because that depends on
/// where it stands; the parser decides. One pass over Unicode scalars keeps it linear.
enum Lexer {
    /// Words longer than this cannot be keywords, so they are never lower-cased for matching.
    static let maxKeyLength = 16

    /// Tokenizes `range` of `source` (the whole line by default). `startColumn` lets the parser
    /// re-lex a slice of the line (the inside of a Japanese form) with columns that still match
    /// the full line. The result always ends with an `.end` token.
    static func tokenize(
        _ source: String, range: Range<String.Index>? = nil, startColumn: Int = 1
    ) throws(QueryError) -> [Token] {
        let scalars = source.unicodeScalars
        let bounds = range ?? source.startIndex..<source.endIndex
        var tokens: [Token] = []
        var i = bounds.lowerBound
        // A token's column is the width of the line before it as the echo prints it (wide
        // characters two columns, a tab shown as ␉ one, `<U+009B>` eight), counted scalar by
        // scalar with the toolkit's measure; a token holding an emoji sequence, which a terminal
        // draws as one glyph, is measured whole instead.
        var column = startColumn

        while i < bounds.upperBound {
            let s = scalars[i]
            let v = s.value
            if v == 0x09 || v == 0x0A || v == 0x0D || (!s.isControlCharacter && s.properties.isWhitespace) {
                column += printedWidth(of: s)
                i = scalars.index(after: i)
                continue
            }
            if s.isControlCharacter || s.isBidiControl {
                throw QueryError.unsafeCharacter(s, column: column)
            }
            let start = i
            let startColumn = column
            var clustered = false
            switch s {
            case "(", ")":
                i = scalars.index(after: i)
                column += 1
                tokens.append(Token(kind: s == "(" ? .leftParen : .rightParen, text: String(Character(s)),
                                    range: start..<i, column: startColumn, key: nil))
            case "\"":
                i = scalars.index(after: i)
                column += 1
                var contents = String.UnicodeScalarView()
                var closed = false
                while i < bounds.upperBound {
                    let c = scalars[i]
                    if c.isControlCharacter && c.value != 0x09 || c.isBidiControl {
                        throw QueryError.unsafeCharacter(c, column: clustered ? startColumn + printedWidth(scalars[start..<i]) : column)
                    }
                    if needsClusterWidth(c.value) { clustered = true }
                    column += printedWidth(of: c)
                    i = scalars.index(after: i)
                    if c == "\"" { closed = true; break }
                    if c == "\\", i < bounds.upperBound, scalars[i] == "\"" || scalars[i] == "\\" {
                        contents.append(scalars[i])
                        column += 1
                        i = scalars.index(after: i)
                        continue
                    }
                    contents.append(c)
                }
                guard closed else { throw QueryError.unterminatedQuote(column: startColumn) }
                tokens.append(Token(kind: .quoted, text: String(contents), range: start..<i,
                                    column: startColumn, key: nil))
            default:
                var ascii = true
                var length = 0
                while i < bounds.upperBound {
                    let c = scalars[i]
                    if c == "(" || c == ")" || c == "\"" || c.isControlCharacter
                        || c.isBidiControl || c.properties.isWhitespace { break }
                    if !c.isASCII {
                        ascii = false
                        if needsClusterWidth(c.value) { clustered = true }
                    }
                    length += 1
                    column += printedWidth(of: c)
                    i = scalars.index(after: i)
                }
                let text = String(scalars[start..<i])
                let key = ascii && length <= maxKeyLength ? text.lowercased() : nil
                tokens.append(Token(kind: .word, text: text, range: start..<i, column: startColumn, key: key))
            }
            if clustered { column = startColumn + printedWidth(scalars[start..<i]) }
        }
        tokens.append(Token(kind: .end, text: "", range: i..<i, column: column, key: nil))
        return tokens
    }
}
