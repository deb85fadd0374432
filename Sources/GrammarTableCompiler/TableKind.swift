/// The tables compiled into summit and what makes a row of each well-formed. The kinds and
/// field rules are those the readers in SummitKit act on; a row they would skip silently (an
/// unknown kind, a missing form, a scale that is not a number) is an error here, at build time.
public enum TableKind: String, Sendable, CaseIterable {
    case lexicon, extraction, questions, rendering

    public var splitting: RowSplitting {
        switch self {
        case .lexicon, .extraction: .trimmedFields
        case .questions: .rawFields
        case .rendering: .keyAndText
        }
    }

    static let lexiconKinds: Set<String> = ["person", "group", "org", "country", "place", "topic"]
    static let extractionKinds: Set<String> = [
        "reporting-verb", "quote-tail", "speaker-suffix", "subject-particle", "speech-noun", "not-reporting", "title",
        "title-not-name", "topic-marker", "setting", "qualifier", "unit", "fraction", "range-joiner", "not-figure",
        "ordinal-prefix", "equivalence", "time-zone", "time-word", "relative-time", "not-heading", "org-suffix",
        "asker-particle", "topic-strip", "headline-particle", "boilerplate", "unit-word", "attendance", "agreement",
        "agreement-hope", "event", "event-anchor", "event-phase", "unit-english", "related-heading", "sentence-ending",
        "agreement-plan", "agreement-outsider", "question-cue",
    ]
    static let questionKinds: Set<String> = ["lead", "stop", "both", "spell", "ja-strip", "en", "ja"]

    /// What is wrong with `row`, or nil when it is well-formed.
    public func problem(in row: SourceRow) -> String? {
        switch self {
        case .lexicon: return Self.lexiconProblem(row)
        case .extraction: return Self.extractionProblem(row)
        case .questions: return Self.questionProblem(row)
        case .rendering: return Self.renderingProblem(row)
        }
    }

    private static func lexiconProblem(_ row: SourceRow) -> String? {
        guard lexiconKinds.contains(row[0]) else {
            return "unknown lexicon kind '\(row[0])'; use one of \(lexiconKinds.sorted().joined(separator: ", "))"
        }
        guard row.fields.count >= 4 else {
            return "a lexicon row has at least 4 tab-separated fields (kind, id, English, Japanese), this one has \(row.fields.count)"
        }
        if row[1].isEmpty || row[1] == "-" { return "the id (field 2) is empty" }
        let forms = (row[2] + "|" + row[3]).split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty && $0 != "-" }
        if forms.isEmpty { return "'\(row[1])' has neither an English nor a Japanese form (fields 3 and 4)" }
        if row.fields.count > 5, !row[5].isEmpty, row[5] != "-", !isYearMonth(row[5]) {
            return "the as-of date (field 6) '\(row[5])' is not YYYY-MM"
        }
        return nil
    }

    private static func extractionProblem(_ row: SourceRow) -> String? {
        let kind = row[0]
        guard extractionKinds.contains(kind) else { return "unknown extraction kind '\(kind)'" }
        if row[1].isEmpty { return "'\(kind)' row has no form (field 2)" }
        func number(_ i: Int, _ what: String, optional: Bool = false) -> String? {
            let f = row[i]
            if optional && (f.isEmpty || f == "-") { return nil }
            return Double(f) == nil ? "'\(kind)' row: \(what) (field \(i + 1)) '\(f)' is not a number" : nil
        }
        func english(_ i: Int, _ what: String) -> String? {
            row.fields.count > i && !row[i].isEmpty && row[i] != "-" ? nil : "'\(kind)' row: \(what) (field \(i + 1)) is missing"
        }
        func oneOf(_ i: Int, _ allowed: [String], _ what: String) -> String? {
            allowed.contains(row[i]) ? nil : "'\(kind)' row: \(what) (field \(i + 1)) '\(row[i])' is not one of \(allowed.joined(separator: ", "))"
        }
        switch kind {
        case "reporting-verb": return oneOf(2, ["statement", "question", "written"], "the kind")
        case "unit": return oneOf(3, ["currency", "quantity", "duration", "ordinal", "none"], "the unit kind") ?? number(4, "the scale", optional: true)
        case "fraction": return number(2, "the value")
        case "not-figure": return number(3, "the value")
        case "relative-time": return Int(row[2]) == nil ? "'relative-time' row: the shift (field 3) '\(row[2])' is not a whole number" : nil
        case "time-zone":
            if row[2].isEmpty { return "'time-zone' row has nothing in field 3" }
            return english(4, "the English name of the clock")
        case "time-word":
            if row[2].isEmpty { return "'time-word' row has nothing in field 3" }
            if row[3] == "qualifier" || row[3] == "not-period" { return nil }
            if row.fields.count > 5, !row[5].isEmpty, row[5] != "-", !isHourSpan(row[5]) {
                return "'time-word' row: the hours (field 6) '\(row[5])' are not FROM-TO on the 24-hour clock, e.g. 18-24"
            }
            return english(4, "the English for the part of the day")
        case "unit-english":
            return row[2].isEmpty || row[2] == "-" ? "'unit-english' row has no English (field 3)"
                : row[3].isEmpty || row[3] == "-" ? "'unit-english' row: field 4 is the English for one, or 'before' for a sign" : nil
        case "unit-word", "equivalence", "qualifier":
            return row[2].isEmpty ? "'\(kind)' row has nothing in field 3" : nil
        default: return nil
        }
    }

    private static func questionProblem(_ row: SourceRow) -> String? {
        let kind = row[0]
        guard questionKinds.contains(kind) else {
            return "unknown question-table kind '\(kind)'; use one of \(questionKinds.sorted().joined(separator: ", "))"
        }
        guard row.fields.count >= 2, !row[1].isEmpty else { return "'\(kind)' row has nothing in field 2" }
        if kind == "en" || kind == "ja", row.fields.count < 3 || row[2].isEmpty {
            return "a question shape needs its canonical query in field 3"
        }
        if kind == "en" || kind == "ja", row.fields.count > 3, !row[3].isEmpty, !["first", "agreed", "count"].contains(row[3]) {
            return "a question shape's answer focus (field 4) is 'first', 'agreed' or 'count', not '\(row[3])'"
        }
        if kind == "spell", row.fields.count < 3 || row[2].isEmpty || row[1].contains(" ") {
            return "a 'spell' row is one typed word, then the word meant (whats<TAB>what's)"
        }
        return nil
    }

    private static func renderingProblem(_ row: SourceRow) -> String? {
        guard row.fields.count == 2 else { return "a rendering row is LINE<TAB>English (or checksum<TAB>HEX)" }
        if row[0] == "checksum" { return row[1].isEmpty ? "the checksum is empty" : nil }
        guard let n = Int(row[0]), n > 0 else { return "'\(row[0])' is not a line number" }
        if row[1].isEmpty { return "line \(n) has no English" }
        return nil
    }

    private static func isHourSpan(_ s: String) -> Bool {
        let ends = s.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard ends.count == 2, let from = ends[0], let to = ends[1] else { return false }
        return 0 <= from && from <= to && to <= 24
    }

    private static func isYearMonth(_ s: String) -> Bool {
        let u = Array(s.utf8)
        return u.count == 7 && u[4] == 0x2D && (u[0..<4] + u[5..<7]).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
