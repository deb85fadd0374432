/// Facts as JSON objects: the shape `summit facts` prints and the query answers build on.

/// A string or JSON null.
func opt(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

extension Speaker {
    public var json: JSONValue {
        .object([("id", .string(id)), ("ja", .string(ja)), ("en", .string(en)),
                 ("role", opt(role)), ("kind", .string(kind.rawValue))])
    }
}

extension Provenance {
    public var json: JSONValue {
        .object([("record", .string(record)), ("line", .int(line)), ("section", opt(section)),
                 ("sentence", .int(sentence)), ("span", .array([.int(span.lowerBound), .int(span.upperBound)]))])
    }
}

extension QuoteFact {
    public var json: JSONValue {
        .object([
            ("kind", "quote"), ("id", .string(id)), ("type", .string(type.rawValue)),
            ("speaker", speaker.json), ("text", .string(text)),
            ("topic", opt(topic)),
            ("section", opt(sectionHeading)),
            ("line", .int(line)),
            ("occurrences", .array(occurrences.map { o in
                var fields = o.provenance.json.objectValue ?? []
                fields.append(("speaker_as_written", opt(o.speakerAsWritten)))
                return .object(fields)
            })),
            ("rule", .object([("quote", .string(rule)), ("speaker", .string(speakerRule))])),
        ])
    }
}

extension FigureFact {
    public var json: JSONValue {
        .object([
            ("kind", "figure"), ("id", .string(id)), ("surface", .string(surface)), ("value", .number(value)),
            ("unit", .string(unit)), ("unit_kind", .string(unitKind.rawValue)), ("qualifier", .string(qualifier.rawValue)),
            ("about", opt(about)), ("line", .int(line)), ("lines", .array(lines.map(JSONValue.int))),
            ("speaker", speaker?.json ?? .null), ("quote", opt(quoteID)),
            ("provenance", provenance.json),
        ])
    }
}

extension OrdinalFact {
    public var json: JSONValue {
        .object([("kind", "ordinal"), ("id", .string(id)), ("surface", .string(surface)), ("value", .int(value)),
                 ("unit", .string(unit)), ("line", .int(line)), ("provenance", provenance.json)])
    }
}

extension TimeFact {
    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [("kind", .string("time")), ("id", .string(id)), ("surface", .string(surface))]
        fields.append(("iso", opt(iso)))
        fields.append(("zone", opt(zone)))
        fields.append(("qualifier", opt(qualifier)))
        fields.append(("period", opt(period)))
        fields.append(("relative", opt(relative)))
        fields.append(("paired_with", opt(pairedWith)))
        fields.append(("line", .int(line)))
        fields.append(("lines", .array(lines.map(JSONValue.int))))
        fields.append(("provenance", provenance.json))
        return .object(fields)
    }
}

extension EntityFact {
    public var json: JSONValue {
        .object([
            ("kind", "entity"), ("id", .string(id)), ("type", .string(type.rawValue)), ("ja", .string(ja)), ("en", .string(en)),
            ("role", opt(role)), ("key", .string(key)),
            ("forms", .array(forms.map(JSONValue.string))),
            ("mentions", .array(mentions.map { .object([("record", .string($0.record)), ("line", .int($0.line))]) })),
        ])
    }
}

extension ExchangeRate {
    public var json: JSONValue {
        .object([("kind", "rate"), ("from", .string(from)), ("to", .string(to)), ("rate", .number(rate)),
                 ("line", .int(line)), ("surface", .string(surface))])
    }
}

extension FactStore {
    /// Kinds `summit facts --kind` accepts.
    public static let factKinds = ["quote", "figure", "ordinal", "time", "entity", "rate"]

    /// Every fact of the given kinds (all when nil), in a stable order: by kind, then by id.
    public func exportedFacts(kind: String? = nil) -> [JSONValue] {
        var out: [JSONValue] = []
        if kind == nil || kind == "quote" { out += quotes.map(\.json) }
        if kind == nil || kind == "figure" { out += figures.map(\.json) }
        if kind == nil || kind == "ordinal" { out += ordinals.map(\.json) }
        if kind == nil || kind == "time" { out += times.map(\.json) }
        if kind == nil || kind == "entity" { out += entities.map(\.json) }
        if kind == nil || kind == "rate" { out += rates.map(\.json) }
        return out
    }
}
