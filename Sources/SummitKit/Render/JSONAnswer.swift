/// Answers and facts as JSON: each row an object with the answer's `columns` as keys, both
/// languages always, numbers exact. Grouped answers nest each group's rows.
public enum JSONAnswer {
    public static func document(_ answer: Answer) -> JSONValue {
        var fields: [(String, JSONValue)] = [("query", .string(answer.query))]
        if let u = answer.understoodAs { fields.append(("understood_as", .string(u))) }
        if let v = answer.verdict { fields.append(("answer", .string(v))) }
        if let lead = answer.lead { fields.append(("lead", .string(lead))) }
        fields += [("plan", .string(answer.plan)), ("columns", .array(answer.columnNames.map(JSONValue.string)))]
        if let g = answer.grouping { fields.append(("group_by", .string(g.column))) }
        fields += [("rows", .array(rows(answer))), ("notes", .array(answer.notes.map(JSONValue.string)))]
        return .object(fields)
    }

    /// The rows, or for a grouped answer one object per group: the shared value, how many
    /// rows, and the rows (`{"speaker": …, "count": 2, "quotes": […]}`).
    static func rows(_ answer: Answer) -> [JSONValue] {
        let objects = answer.rows.map { object(answer.columns, $0.values) }
        guard let g = answer.grouping, let (k, _) = answer.column(g.column) else { return objects }
        var out: [JSONValue] = []
        var members: [JSONValue] = []
        var key: JSONValue = .null
        func close() {
            guard !members.isEmpty else { return }
            out.append(.object([(g.column, key), ("count", .int(members.count)), (g.noun + "s", .array(members))]))
            members = []
        }
        for (row, obj) in zip(answer.rows, objects) {
            let v = value(row.values[k])
            if !members.isEmpty, v != key { close() }
            key = v
            members.append(obj)
        }
        close()
        return out
    }

    /// A row as an object: each column's keys with their values.
    public static func object(_ columns: [AnswerColumn], _ values: [AnswerValue]) -> JSONValue {
        var fields: [(String, JSONValue)] = []
        fields.reserveCapacity(columns.count + 2)
        for (c, v) in zip(columns, values) {
            if case .bilingual(let b) = v.data {
                append(c.name, b, gloss: c.hasGloss, to: &fields)
            } else {
                // A bilingual column with nothing in it still gives all its keys.
                fields.append((c.name, value(v)))
                if c.isBilingual { for k in c.keys.dropFirst() { fields.append((k, .null)) } }
            }
        }
        return .object(fields)
    }

    /// Bilingual text gives `name` and `name_en`, and a quote also `gloss_en`.
    static func append(_ name: String, _ b: Bilingual, gloss: Bool, to fields: inout [(String, JSONValue)]) {
        fields.append((name, .string(b.ja)))
        fields.append((name + "_en", b.rendering.map(JSONValue.string) ?? .null))
        if gloss { fields.append(("gloss_en", b.gloss.map(JSONValue.string) ?? .null)) }
    }

    public static func value(_ v: AnswerValue) -> JSONValue {
        switch v {
        case .null: return .null
        case .text(let s), .id(let s): return .string(s)
        case .bilingual(let b): return .string(b.ja)
        case .int(let i): return .int(i)
        case .number(let d): return .number(d)
        case .lines(let ls): return .array(ls.map(JSONValue.int))
        case .speaker(let s):
            return .object([("id", .string(s.id)), ("ja", .string(s.ja)), ("en", .string(s.en)),
                            ("role", s.role.map(JSONValue.string) ?? .null), ("kind", .string(s.kind.rawValue))])
        case .list(let vs), .stack(let vs): return .array(vs.map(value))
        case .fields(let fs):
            var out: [(String, JSONValue)] = []
            for (k, v) in fs {
                if case .bilingual(let b) = v.data { append(k, b, gloss: b.style == .quote, to: &out) } else { out.append((k, value(v))) }
            }
            return .object(out)
        case .place(let p):
            return .object([("record", .string(p.record)), ("line", .int(p.line)), ("section", p.section.map(JSONValue.string) ?? .null),
                            ("sentence", .int(p.sentence)), ("span", .array([.int(p.span.lowerBound), .int(p.span.upperBound)]))])
        case .places(let ps): return .array(ps.map { .object([("record", .string($0.record)), ("line", .int($0.line))]) })
        case .shown(let v, _): return value(v)
        }
    }
}

extension FactStore {
    /// Every fact of the given kinds (all when nil) as JSON, in a stable order: by kind, then by id.
    public func exportedFacts(kind: String? = nil) -> [JSONValue] {
        factRows(kind: kind).map { JSONAnswer.object($0.columns, $0.values) }
    }
}
