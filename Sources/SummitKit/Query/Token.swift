/// One lexeme of a query line.
///
/// Tokens keep their source range and display column so every error can put a caret under the
/// exact spot the user typed, even after Japanese text.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case word, quoted, leftParen, rightParen, end }

    var kind: Kind
    /// The word as typed; for a quoted string, its contents with `\"` and `\\` unescaped.
    var text: String
    var range: Range<String.Index>
    /// 1-based terminal column where the token starts.
    var column: Int
    /// Lower-cased spelling of a short ASCII word, the only kind that can be a keyword.
    /// Quoted strings never have one: quoting is how a user searches for a keyword itself.
    var key: String?

    func isKeyword(_ keyword: String) -> Bool { kind == .word && key == keyword }

    /// How the token is named in an error message.
    var shown: String {
        switch kind {
        case .word: return SummitKit.shown(text, limit: 24)
        case .quoted: return "\"" + SummitKit.shown(text, limit: 24) + "\""
        case .leftParen: return "("
        case .rightParen: return ")"
        case .end: return "end of line"
        }
    }
}
