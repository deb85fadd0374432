/// Which rows of a lexicon table become entries, and the three indexes the lexicon looks names
/// up in: by id, by English (every form folded, Japanese forms too, so `lookup` takes either), and
/// by Japanese form as written. One home for the rules: the binary builds it for a table read
/// at run time, and the table compiler for the bundled tables, whose arrays the binary then uses
/// as they are instead of filing 3,700 forms at every start.
public struct LexiconIndex: Sendable, Equatable {
    /// What the index needs of a row.
    public struct Row: Sendable {
        public let id: String
        public let english: [String]
        public let japanese: [String]
        /// Whether the row can be an entry at all (a known kind, an id, at least one form).
        public let usable: Bool
        public init(id: String, english: [String], japanese: [String], usable: Bool) {
            self.id = id; self.english = english; self.japanese = japanese; self.usable = usable
        }
    }

    /// The rows that became entries, in order: entry i is row `kept[i]`. A later row with an id
    /// already filed is left out (the first row of an id wins).
    public let kept: [Int32]
    public let byId: HashIndex
    public let byEnglish: HashIndex
    public let byJapanese: HashIndex

    public init(kept: [Int32], byId: HashIndex, byEnglish: HashIndex, byJapanese: HashIndex) {
        self.kept = kept; self.byId = byId; self.byEnglish = byEnglish; self.byJapanese = byJapanese
    }

    /// Files `rows`. `keys`, when given, are the rows' `FormKey.row` keys one row after another
    /// (the table compiler's), else each form is hashed here. With `keepingEveryRow`, every row
    /// is an entry (a list of entries already made): a repeated id is then only not filed by id.
    public init(rows: [Row], keys: [UInt64]? = nil, keepingEveryRow: Bool = false) {
        var kept: [Int32] = []
        kept.reserveCapacity(rows.count)
        var keyStarts: [Int] = []
        var byId = HashIndex(capacity: rows.count)
        var nextKey = 0
        for (n, row) in rows.enumerated() {
            let rowKey = nextKey
            nextKey += 1 + row.english.count + 2 * row.japanese.count
            let idKey = keys.map { $0[rowKey] } ?? FormKey.exact(row.id)
            if keepingEveryRow {
                _ = byId.insert(idKey, kept.count) { rows[Int(kept[$0])].id == row.id }
            } else {
                guard row.usable, !row.english.isEmpty || !row.japanese.isEmpty else { continue }
                guard byId.insert(idKey, kept.count, unlessFiled: { rows[Int(kept[$0])].id == row.id }) else { continue }
            }
            kept.append(Int32(n))
            keyStarts.append(rowKey)
        }
        precondition(keys == nil || keys?.count == nextKey, "the lexicon's compiled keys do not match its rows")
        // Sized from the forms counted first, so each pair goes straight into its table.
        var forms = 0, japaneseForms = 0
        for n in kept {
            forms += rows[Int(n)].english.count + rows[Int(n)].japanese.count
            japaneseForms += rows[Int(n)].japanese.count
        }
        var byEnglish = HashIndex(capacity: forms), byJapanese = HashIndex(capacity: japaneseForms)
        for (i, n) in kept.enumerated() {
            let row = rows[Int(n)]
            if let keys {
                var k = keyStarts[i] + 1
                for _ in row.english { _ = byEnglish.insert(keys[k], i) { $0 == i }; k += 1 }
                for _ in row.japanese {
                    _ = byJapanese.insert(keys[k], i) { $0 == i }
                    _ = byEnglish.insert(keys[k + 1], i) { $0 == i }
                    k += 2
                }
            } else {
                for f in row.english { _ = byEnglish.insert(FormKey.folded(f), i) { $0 == i } }
                for f in row.japanese {
                    let (exact, folded) = FormKey.both(f)
                    _ = byJapanese.insert(exact, i) { $0 == i }
                    _ = byEnglish.insert(folded, i) { $0 == i }
                }
            }
        }
        self.init(kept: kept, byId: byId, byEnglish: byEnglish, byJapanese: byJapanese)
    }

    /// The index as Swift source: `NAME: LexiconIndex` built from array literals, for the table
    /// compiler's output (the module that declares it imports TextKeys).
    public func declaration(name: String, comment: String) -> String {
        func list<T: BinaryInteger>(_ xs: [T]) -> String {
            var out = "["
            for (i, x) in xs.enumerated() {
                if i % 16 == 0 { out += "\n            " } else { out += " " }
                out += String(x) + ","
            }
            return out + "\n        ]"
        }
        func index(_ h: HashIndex) -> String {
            "HashIndex(\n        tags: " + list(h.tags) + ",\n        values: " + list(h.values) + ")"
        }
        return "    /// \(comment)\n    public static let \(name) = LexiconIndex(\n        kept: " + list(kept)
            + ",\n        byId: " + index(byId) + ",\n        byEnglish: " + index(byEnglish)
            + ",\n        byJapanese: " + index(byJapanese) + ")\n"
    }
}
