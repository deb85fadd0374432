/// One data row of a TSV table, as the build-time table compiler (Plugins/GrammarTablesPlugin)
/// wrote it: the fields already split and trimmed, and the line it came from.
public struct TableRow: Sendable {
    public let line: Int
    public let fields: [String]
    public init(_ line: Int, _ fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// The tables compiled at build time; the rows are generated (CompiledTables+Rows.swift in the
/// plugin's output), one static array per table file.
public enum CompiledTables {}
