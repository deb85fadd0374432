import TextKeys

/// Writes validated rows as Swift source: one `[TableRow]` per table, of string literals, so
/// the binary holds them ready to use and reads no text at start-up. A lexicon table also gets
/// its rows' index keys (`FormKey.row`), so the binary files its names without hashing them.
public enum SwiftTableEmitter {
    /// One table to emit: the Swift name it gets and its file.
    public struct Table: Sendable {
        public let name: String
        public let path: String
        public let kind: TableKind
        public init(name: String, path: String, kind: TableKind) { self.name = name; self.path = path; self.kind = kind }
    }

    /// Every malformed row of `text` (read as `kind`), in line order.
    public static func problems(in text: String, kind: TableKind, file: String) -> [TableError] {
        kind.splitting.rows(of: text).compactMap { row in
            kind.problem(in: row).map { TableError(file: file, line: row.line, message: $0) }
        }
    }

    /// The Swift declaration of one table, its rows in file order.
    public static func declaration(name: String, kind: TableKind, text: String, source: String) -> String {
        var out = "    /// \(source), compiled.\n    public static let \(name): [TableRow] = [\n"
        for row in kind.splitting.rows(of: text) {
            out += "        TableRow(\(row.line), [" + row.fields.map(literal).joined(separator: ", ") + "]"
            if kind == .lexicon {
                out += ", english: [" + alternatives(row[2]).map(literal).joined(separator: ", ") + "]"
                out += ", japanese: [" + alternatives(row[3]).map(literal).joined(separator: ", ") + "]"
            }
            out += "),\n"
        }
        out += "    ]\n"
        if kind == .lexicon { out += keysDeclaration(name: name, text: text, source: source) }
        return out
    }

    /// `NAMEKeys`: every lexicon row's keys, row after row, as `FormKey.row` gives them.
    static func keysDeclaration(name: String, text: String, source: String) -> String {
        var out = "    /// The index keys of \(source)'s rows (FormKey.row), in row order.\n    public static let \(name)Keys: [UInt64] = [\n"
        for row in TableKind.lexicon.splitting.rows(of: text) {
            let keys = FormKey.row(id: row[1], english: alternatives(row[2]), japanese: alternatives(row[3]))
            out += "        " + keys.map { "0x" + String($0, radix: 16) }.joined(separator: ", ") + ",\n"
        }
        return out + "    ]\n"
    }

    /// `NAME`: the `LexiconIndex` of lexicon tables read one after another (as the binary joins
    /// them), so the binary files none of their forms at start-up.
    public static func lexiconIndexDeclaration(name: String, texts: [String], sources: [String]) -> String {
        let rows = texts.flatMap { TableKind.lexicon.splitting.rows(of: $0) }.map { row in
            LexiconIndex.Row(id: row[1], english: alternatives(row[2]), japanese: alternatives(row[3]),
                             usable: TableKind.lexiconKinds.contains(row[0]) && !row[1].isEmpty && row[1] != "-")
        }
        return LexiconIndex(rows: rows).declaration(name: name, comment: "The lexicon index of " + sources.joined(separator: " + ") + ", filed at build time.")
    }

    /// A lexicon field's `a|b|c` forms, trimmed, without empty or `-` parts.
    public static func alternatives(_ field: String) -> [String] {
        field.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }.filter { !$0.isEmpty && $0 != "-" }
    }

    /// The whole generated file.
    public static func file(_ declarations: [String]) -> String {
        "// Generated at build time by summit-tables (Plugins/GrammarTablesPlugin) from the TSV files:\n"
            + "// edit those, not this.\n\nimport TextKeys\n\nextension CompiledTables {\n" + declarations.joined(separator: "\n") + "}\n"
    }

    /// A Swift string literal for `s`.
    public static func literal(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F { out += "\\u{" + String(u.value, radix: 16) + "}" } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
