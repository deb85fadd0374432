/// The columns of an answer and how a reader sees them, declared once per kind of answer (the
/// layouts themselves are in Execute/AnswerLayouts.swift): the planner names them in `explain`'s
/// `project` step, the builder fills them, and every renderer reads them.
public struct AnswerLayout: Sendable {
    public var columns: [AnswerColumn]
    /// The columns a reader sees, in reading order.
    public var shown: [String]
    public var grouping: AnswerGrouping?
    public var textLine: [TextPiece]

    public var columnNames: [String] { columns.flatMap(\.keys) }

    public init(columns: [AnswerColumn], shown: [String], grouping: AnswerGrouping? = nil, textLine: [TextPiece] = []) {
        self.columns = columns
        self.shown = shown
        self.grouping = grouping
        self.textLine = textLine
    }
}
