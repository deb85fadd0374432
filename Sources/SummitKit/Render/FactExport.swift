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
        if kind == nil || kind == "quote" {
            out += quotes.indices.map { i in
                let p = quotes[i].occurrences[0].provenance
                return quotes[i].json.adding([("text_en", opt(quoteEnglish[i])), ("section_en", opt(headingEnglish(p)))])
            }
        }
        if kind == nil || kind == "figure" { out += figures.map { $0.json.adding([("about_en", opt(aboutEnglish($0)))]) } }
        if kind == nil || kind == "ordinal" { out += ordinals.map(\.json) }
        if kind == nil || kind == "time" { out += times.map(\.json) }
        if kind == nil || kind == "entity" { out += entities.map(\.json) }
        if kind == nil || kind == "rate" { out += rates.map(\.json) }
        return out
    }
}

extension FactStore {
    /// What a figure measures, in English: the lexicon's names for the words of its `about`
    /// (対米投資額 → investment in the US, amount), nil when it says nothing or no word is known.
    public func aboutEnglish(_ f: FigureFact) -> String? {
        guard let about = f.about else { return nil }
        var names: [String] = []
        for e in lexicon.entriesMentioned(in: about) where !names.contains(lexicon.entries[e].displayName) {
            names.append(lexicon.entries[e].displayName)
        }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    /// The English of the heading of the section a fact sits in.
    public func headingEnglish(_ p: Provenance) -> String? {
        guard let r = record(named: p.record), p.sentence >= 0, p.sentence < r.sentences.count else { return nil }
        let s = r.sentences[p.sentence]
        guard s.section >= 0 else { return nil }
        return englishLine(record: p.record, line: r.sections[s.section].line)
    }
}

extension JSONValue {
    /// An object with more fields after its own.
    func adding(_ fields: [(String, JSONValue)]) -> JSONValue {
        guard case .object(let own) = self else { return self }
        return .object(own + fields)
    }
}
