/// The result of one query, built once and rendered many ways (table, text, CSV, JSON, and the
/// HTML handout): typed rows under columns declared once, with what a reader needs around them.
///
/// Renderers never re-derive an answer: a table cell, a CSV field and a JSON member all come
/// from the same `AnswerValue`, so the three cannot disagree. Language (`.lang en|ja|both`) is
/// a rendering choice: bilingual values keep both, and each renderer shows what it was asked to.
///
/// Writing a renderer (the HTML handout is one): for a reader, walk `rows`, and in each the
/// `shown` columns (`column(name)` gives the position), showing each value with
/// `ReaderText.lines(value, column, language)`; a value of the `grouping` column appears only
/// where `groupStarts` says a group begins; then `lead`, `document` and `notes` as the table
/// does (`AnswerRenderer`). For data, every column with `JSONAnswer.value`. An `.id` value is
/// a fact id, a `.lines` value the record lines a row cites: link them to the record.
public struct Answer: Sendable {
    /// The line as typed (or the canonical query it became).
    public let query: String
    /// The plan as `explain` prints it, written out only when something shows it (JSON,
    /// `explain`, `.trace`): a one-shot query never does, and writing it was 6% of one.
    public var plan: String { planText() }
    private let planText: @Sendable () -> String
    /// Every column of a row, in data order: the JSON `columns`, the CSV header and the plan's
    /// `project` step all list `columnNames`, the keys these columns give.
    public var columns: [AnswerColumn]
    /// Names of the columns a reader sees (table, text, HTML), in reading order; data formats
    /// (JSON, CSV) carry every column.
    public var shown: [String]
    /// One row per fact (or sentence, or count), each value under the column of its position.
    public var rows: [AnswerRow]
    /// Set when consecutive rows with the same value in a column form groups (`who said`: one
    /// speaker, their quotes). Tables show the value once per group, JSON nests each group's
    /// rows, CSV stays one row per fact.
    public var grouping: AnswerGrouping?
    /// How `as text` writes one row: the values of these columns with the words between them.
    public var textLine: [TextPiece]
    /// Things the user should know: no match and what to try instead, the exchange rate used.
    public var notes: [String]
    /// Notes about what only a reader sees (words a table shows as a gloss): tables and text
    /// print them after `notes`; JSON and CSV, whose values are never glossed, leave them out.
    public var readerNotes: [String] = []
    /// Names the rows show a reader of English as a gloss (大野恵子外相 → Ono Keiko · Foreign
    /// Minister), longest first: tables and text say them so in the lead too, which JSON keeps as built.
    public var glossedNames: [(written: String, english: String)] = []

    /// `text` with the glossed names as a reader of English sees them.
    public func inGlossedNames(_ text: String) -> String {
        glossedNames.reduce(text) { t, name in t.replacing(name.written, with: name.english) }
    }
    /// Text that replaces the table for answers that read as a page (source, card, explain).
    /// `\u{1}…\u{2}` marks the match in it.
    public var document: String?
    /// The table's last line; "(N rows)" when nil.
    public var footer: String?
    /// A line printed before the rows: the yes/no of `did S say T`, or a count said in words.
    public var lead: String?
    /// `yes` or `no` for a yes/no question.
    public var verdict: String?
    /// The canonical query a natural question was understood as, when it differs from the typed line.
    public var understoodAs: String?

    public init(query: String, plan: @escaping @Sendable @autoclosure () -> String, layout: AnswerLayout) {
        self.query = query
        planText = plan
        columns = layout.columns
        shown = layout.shown
        rows = []
        grouping = layout.grouping
        textLine = layout.textLine
        notes = []
    }

    /// The keys the rows have in JSON and CSV, in order: a bilingual column gives two or three.
    public var columnNames: [String] { columns.flatMap(\.keys) }

    /// The column called `name`, with its position in each row.
    public func column(_ name: String) -> (index: Int, column: AnswerColumn)? {
        columns.firstIndex { $0.name == name }.map { ($0, columns[$0]) }
    }

    /// For each row, whether it starts a group (every row does when the answer is not grouped).
    public var groupStarts: [Bool] {
        guard let g = grouping, let (k, _) = column(g.column) else { return rows.map { _ in true } }
        var previous: String?
        return rows.map { row in
            let key = row.values[k].groupKey
            defer { previous = key }
            return key != previous
        }
    }

    /// The value of column `name` in `row`; `.null` when the answer has no such column.
    public func value(_ name: String, in row: AnswerRow) -> AnswerValue {
        guard let (i, _) = column(name), i < row.values.count else { return .null }
        return row.values[i]
    }
}

/// One row of an answer: a value for each of the answer's columns, in the same order.
public struct AnswerRow: Sendable {
    public var values: [AnswerValue]
    public init(_ values: [AnswerValue]) { self.values = values }
}

/// Rows that share a value in `column` belong together; `noun` names one row ("quote").
public struct AnswerGrouping: Sendable {
    public let column: String
    public let noun: String
}

/// A piece of an `as text` line: a column's value as a reader sees it, words between values,
/// or words around a value that appear only when the value does (" on " topic).
public enum TextPiece: Sendable {
    case value(String)
    case words(String)
    case around(String, before: String, after: String, otherwise: String = "")
    /// A count with its noun: "3 mentions", "1 mention".
    case counted(String, noun: String)
}
