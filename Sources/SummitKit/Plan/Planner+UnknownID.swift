extension Planner {
    /// The id as answers show it: lower case, but a line's `L` upper case (`L166`, `2:L166`).
    static func shownID(_ id: String) -> String {
        let lower = id.lowercased()
        guard let p = FactIDs.parse(lower), p.kind == "l" else { return lower }
        return (p.record.map { "\($0 + 1):" } ?? "") + "L" + String(p.line)
    }

    /// The error for `source ID` when nothing has that id: ids name lines, so the facts on the
    /// line the id names are the likeliest meant (`f166` when the line holds `f166a`, `f166b`).
    func unknownID(_ id: String, column: Int) -> QueryError {
        let shown = visible(id)
        let records = store.records
        guard let p = FactIDs.parse(id) else {
            return QueryError("no fact with id '\(shown)'", column: column, expected: ["a fact id"],
                              hint: "ids appear in the first column of answers: a kind letter and a line (q67, f166a, t182, e12; L166 is a line)")
        }
        if p.record == nil, records.count > 1 {
            return QueryError("'\(shown)' names no record", column: column, expected: ["a fact id"],
                              hint: "with \(records.count) records loaded, ids start with the record's number: try '1:\(id.lowercased())' or '2:\(id.lowercased())'")
        }
        let r = p.record ?? 0
        guard records.indices.contains(r) else {
            return QueryError("no record \(r + 1) (\(records.count) loaded)", column: column, expected: ["a fact id"],
                              hint: "see .records for the loaded records")
        }
        let record = records[r]
        let prefix = FactIDs.recordPrefix(r, of: records.count)
        guard (1...max(1, record.lineCount)).contains(p.line) else {
            return QueryError("no line \(p.line) in \(visible(record.name)) (it has \(record.lineCount) lines)", column: column,
                              expected: ["a fact id"], hint: "try 'source \(prefix)L1' … '\(prefix)L\(record.lineCount)'")
        }
        if p.kind == "l", p.letter.isEmpty {
            let next = (p.line...record.lineCount).first { !record.text(record.lineRange($0)).allSatisfy(\.isWhitespace) }
            return QueryError("line \(p.line) of \(visible(record.name)) holds no text", column: column, expected: ["a line with text"],
                              hint: next.map { "try 'source \(prefix)L\($0)'" } ?? "try a line before it")
        }
        // The kind asked for first: `f166` most likely meant `f166a`, not `e166`.
        let all = store.ids(onLine: p.line, record: r)
        let onLine = all.filter { FactIDs.parse($0)?.kind == p.kind } + all.filter { FactIDs.parse($0)?.kind != p.kind }
        if onLine.isEmpty {
            return QueryError("no fact with id '\(shown)': line \(p.line) holds no fact", column: column, expected: ["a fact id"],
                              hint: "'source \(prefix)L\(p.line)' shows the line")
        }
        return QueryError("no fact with id '\(shown)'", column: column, expected: onLine,
                          hint: "line \(p.line) holds " + onLine.prefix(8).joined(separator: ", ") + (onLine.count > 8 ? ", …" : "")
                              + " (try 'source \(onLine[0])')")
    }
}
