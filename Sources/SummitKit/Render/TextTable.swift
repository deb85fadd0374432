/// A query answer laid out as a plain-text table for the terminal.
///
/// Kept as a value holding the raw cells so the same answer can be rendered again for a
/// different terminal width or with color switched off (e.g. when output is piped), without
/// recomputing the answer.
public struct TextTable: Sendable, Equatable {
    /// Horizontal placement of cell text; numbers read best right-aligned.
    /// How a column's cells line up; an answer's columns declare it (`ColumnAlignment`).
    public typealias Alignment = ColumnAlignment

    public struct Column: Sendable, Equatable {
        public var title: String
        public var alignment: Alignment
        /// Whether this column may be narrowed, its cells wrapped onto continuation lines,
        /// when the table is wider than the terminal. Identifiers and numbers should not be,
        /// since a split value is easy to misread.
        public var wrap: Bool

        public init(title: String, alignment: Alignment = .left, wrap: Bool = true) {
            self.title = title
            self.alignment = alignment
            self.wrap = wrap
        }

        /// A right-aligned column that is never wrapped, for counts and amounts.
        public static func number(_ title: String) -> Column {
            Column(title: title, alignment: .right, wrap: false)
        }
    }

    public var columns: [Column]
    /// Rows shorter than `columns` are padded with empty cells; extra cells are ignored.
    public var rows: [[String]]
    /// Printed after the rows; defaults to a psql-style row count, `nil` leaves it out.
    public var footer: String?
    /// Whether the titles and the rule under them are printed (`.headers off` leaves them out).
    public var header = true

    public init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
        self.footer = TextTable.rowCountFooter(rows.count)
    }

    /// `(1 row)` / `(3 rows)`, the conventional footer for a result set.
    public static func rowCountFooter(_ count: Int) -> String {
        count == 1 ? "(1 row)" : "(\(count) rows)"
    }
}
