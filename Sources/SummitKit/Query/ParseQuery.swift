/// Parses one line of the query language into a statement (query plus `limit`/`as` modifiers).
///
/// Never traps and never hangs: every input either parses or throws a `QueryError` whose
/// `rendered(input:)` shows the user where and how to fix it. Runs in time linear in the line.
public func parseQuery(_ line: String) throws(QueryError) -> Statement {
    let tokens = try Lexer.tokenize(line)
    var parser = Parser(source: line, tokens: tokens)
    return try parser.parseStatement()
}
