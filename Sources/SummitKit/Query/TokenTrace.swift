/// The tokens of a query line as `.trace on` shows them: kind, text and column.
public func traceTokens(_ line: String) -> [String] {
    guard let tokens = try? Lexer.tokenize(line) else { return [] }
    return tokens.map { "\($0.kind)(\($0.shown))@\($0.column)" }
}
