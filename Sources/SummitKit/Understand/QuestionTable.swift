import SummitData

/// Grammar/questions.tsv read into what the understander applies: lead words to drop, stop
/// words to clean terms of, words for "both leaders", and question shapes in order.
public struct QuestionTable: Sendable {
    public struct Shape: Sendable {
        public let japanese: Bool
        let pattern: [PatternElement]
        public let canonical: String
        /// What the answer should lead with beyond its rows (field 4), if anything.
        public let focus: AnswerFocus?
        /// The row as written, for tests and error messages.
        public let source: String
    }

    public let leads: [[String]]
    public let stops: Set<String>
    public let both: [[String]]
    /// Words people type for others (whats → what's, wat → what, abut → about): read as meant
    /// before anything else, so a slip in a question word does not become an unknown query.
    public let spellings: [String: String]
    public let japaneseStrips: [String]
    /// The shapes of a table read from text; nil for the bundled table, whose shapes are parsed
    /// on first use (`bundledShapes`): a line in the query language never needs them, and parsing
    /// them was a twelfth of every `summit -e` start-up.
    private let parsedShapes: [Shape]?

    /// Question shapes in table order.
    public var shapes: [Shape] { parsedShapes ?? Self.bundledShapes }

    public static let bundled = QuestionTable(rows: CompiledTables.questions.map(\.fields), shapes: false)
    private static let bundledShapes = shapes(of: CompiledTables.questions.map(\.fields))

    /// Reads the table's text: `#` lines skipped, fields split on tabs as they are (spaces kept).
    public init(bytes: [UInt8]) {
        self.init(rows: String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        })
    }

    /// The table's rows already split into fields (compiled at build time for the bundled one);
    /// `shapes: false` leaves the shapes to `bundledShapes`.
    init(rows: [[String]], shapes parseShapes: Bool = true) {
        var leads: [[String]] = [], stops = Set<String>(), both: [[String]] = [], strips: [String] = []
        var spellings: [String: String] = [:]
        // Sized once: growing a set of strings rehashes every word at each step.
        stops.reserveCapacity(rows.count)
        spellings.reserveCapacity(rows.count / 4)
        /// A phrase's words, split at spaces byte by byte (splitting `Character`s cost more than the rest).
        func words(_ phrase: String) -> [String] {
            phrase.lowercased().utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
        }
        for cols in rows {
            guard cols.count >= 2 else { continue }
            switch cols[0] {
            case "lead": leads.append(words(cols[1]))
            case "stop": stops.insert(cols[1].lowercased())
            case "both": both.append(words(cols[1]))
            case "ja-strip": strips.append(cols[1])
            case "spell" where cols.count >= 3: spellings[cols[1].lowercased()] = cols[2]
            default: continue
            }
        }
        self.leads = leads.sorted { $0.count > $1.count }
        self.stops = stops
        self.both = both.sorted { $0.count > $1.count }
        self.spellings = spellings
        self.parsedShapes = parseShapes ? Self.shapes(of: rows) : nil
        self.japaneseStrips = strips.sorted { $0.count > $1.count }
    }

    /// The `en` and `ja` rows as shapes, in order.
    private static func shapes(of rows: [[String]]) -> [Shape] {
        rows.compactMap { cols in
            guard cols.count >= 3, cols[0] == "en" || cols[0] == "ja" else { return nil }
            let japanese = cols[0] == "ja"
            return Shape(japanese: japanese, pattern: PatternElement.parse(cols[1], japanese: japanese), canonical: cols[2],
                         focus: cols.count > 3 ? AnswerFocus(rawValue: cols[3]) : nil, source: cols[1])
        }
    }
}
