/// One data row of a TSV table, as the build-time table compiler (Plugins/GrammarTablesPlugin)
/// wrote it: the fields already split and trimmed, and the line it came from.
public struct TableRow: Sendable {
    public let line: Int
    public let fields: [String]
    /// For lexicon rows, the English and Japanese fields split into their `|` alternatives
    /// (without empty or `-` parts), so that no form is cut out of a field at start-up; empty
    /// for other tables. Two plain arrays rather than an optional array of them: the compiler
    /// lays plain arrays of literals out as static data, and builds optional ones at run time.
    public let english: [String]
    public let japanese: [String]
    public init(_ line: Int, _ fields: [String], english: [String] = [], japanese: [String] = []) {
        self.line = line
        self.fields = fields
        self.english = english
        self.japanese = japanese
    }
}

/// The tables compiled at build time; the rows are generated (CompiledTables+Rows.swift in the
/// plugin's output), one static array per table file.
public enum CompiledTables {}
