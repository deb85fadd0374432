/// Where the parser found a word that a later stage resolves against the record (a speaker or
/// name, a unit, an amount, a fact id), taken from the lexer's token.
///
/// The planner finds out that `Zork` is no speaker long after the tokens are gone; searching the
/// line for the word again would point at its first occurrence (`quotes about Zork by Zork` put
/// the caret under the topic). The place keeps the token's own column.
public struct WordPlace: Sendable, Equatable {
    public enum Role: Sendable, Equatable { case speaker, unit, amount, factID, zone }

    public var role: Role
    /// The word as the query carries it (speaker words joined by one space; a unit lower-cased).
    public var text: String
    /// 1-based display column of the word's first token.
    public var column: Int

    public init(_ role: Role, _ text: String, column: Int) {
        self.role = role
        self.text = text
        self.column = column
    }
}

extension Statement {
    /// The column where `text` was typed in `role`, if the parser saw it there.
    public func column(of text: String, as role: WordPlace.Role) -> Int? {
        places.first { $0.role == role && $0.text == text }?.column
    }
}
