/// A line of one of the loaded records (record index into the store, 1-based line).
public struct CitedLine: Sendable, Hashable, Comparable {
    public let record: Int
    public let line: Int

    public static func < (a: CitedLine, b: CitedLine) -> Bool { (a.record, a.line) < (b.record, b.line) }

    /// The fragment id of the line in the handout's record section (`r1-L166`): record and line,
    /// so two records' line 12 never share an anchor.
    public var anchor: String { "r\(record + 1)-L\(line)" }
}

/// Every line the handout's answers cite, with the byte spans (the quote, the figure, the time)
/// to mark on each. Filled as answers are added; the record section shows exactly these lines.
public struct HandoutCitations: Sendable {
    let store: FactStore
    /// Byte ranges into the record's bytes, per cited line (possibly none: a line cited whole).
    public private(set) var marks: [CitedLine: [Range<Int>]] = [:]

    public init(store: FactStore) { self.store = store }

    public var lines: [CitedLine] { marks.keys.sorted() }

    /// Cites a whole line of the record named `record` (the first record when nil or unknown).
    @discardableResult
    public mutating func cite(line: Int, record: String?) -> CitedLine? {
        let r = record.flatMap { name in store.records.firstIndex { $0.name == name } } ?? 0
        guard store.records.indices.contains(r), line >= 1, line <= store.records[r].lineCount else { return nil }
        let cited = CitedLine(record: r, line: line)
        if marks[cited] == nil { marks[cited] = [] }
        return cited
    }

    /// Cites every place a fact was found, marking its text there; nil when no fact has the id.
    @discardableResult
    public mutating func cite(fact id: String) -> [CitedLine]? {
        guard let ref = store.fact(id: id) else { return nil }
        return places(of: ref).compactMap { p in
            guard let cited = cite(line: p.line, record: p.record) else { return nil }
            let range = store.records[cited.record].lineRange(cited.line)
            // A span reaching past its line (a quote across a line break) is marked on this line only.
            let span = max(p.span.lowerBound, range.lowerBound)..<min(p.span.upperBound, range.upperBound)
            if !span.isEmpty, !(marks[cited]?.contains(span) ?? false) { marks[cited, default: []].append(span) }
            return cited
        }
    }

    /// Where a fact occurs: each occurrence of a quote, each repeat of a figure or time, each
    /// mention of a name.
    func places(of ref: FactRef) -> [Provenance] {
        switch ref {
        case .quote(let i): return store.quotes[i].occurrences.map(\.provenance)
        case .figure(let i): return [store.figures[i].provenance] + store.figures[i].repeats
        case .ordinal(let i): return [store.ordinals[i].provenance] + store.ordinals[i].repeats
        case .time(let i): return [store.times[i].provenance] + store.times[i].repeats
        case .entity(let i): return store.entities[i].mentions
        // A line id (`L166`) cites its line whole: nothing on it is marked.
        case .line(let ref):
            let p = store.lineProvenance(ref)
            return [Provenance(record: p.record, line: p.line, section: p.section, sentence: p.sentence, span: p.span.lowerBound..<p.span.lowerBound)]
        }
    }
}
