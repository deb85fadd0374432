/// One data row of a TSV table, as the build-time table compiler (Plugins/GrammarTablesPlugin)
/// wrote it: the fields already split and trimmed, and the line it came from.
public struct TableRow: Sendable {
    public let line: Int
    public let fields: [String]
    /// For lexicon rows, the English and Japanese fields split into their `|` alternatives
    /// (without empty or `-` parts), so that no form is cut out of a field at start-up.
    public let alternatives: [[String]]?
    public init(_ line: Int, _ fields: [String], alternatives: [[String]]? = nil) {
        self.line = line
        self.fields = fields
        self.alternatives = alternatives
    }
}

/// The tables compiled at build time; the rows are generated (CompiledTables+Rows.swift in the
/// plugin's output), one static array per table file.
public enum CompiledTables {}
