import SummitData

/// Reads the tab-separated tables in Grammar/: `#` comments and blank lines are skipped,
/// every other line is split on tabs, so a new row is a one-line edit with no code change.
/// The bundled tables arrive already split (`CompiledTables`, made at build time); text is
/// read here only for tables given at run time and in tests.
struct TableFile: Sendable {
    struct Row: Sendable {
        let lineNumber: Int
        let fields: [String]
        /// A lexicon row's forms, already split at build time; nil for rows read from text.
        var compiledForms: (english: [String], japanese: [String])? = nil
        subscript(_ i: Int) -> String { i < fields.count ? fields[i] : "" }
        /// A field with `-` meaning "nothing".
        func optional(_ i: Int) -> String? { TableFile.optional(fields, i) }
    }

    let rows: [Row]

    /// Field `i` of `fields`, nil when it is missing, empty or `-` (a table's "nothing").
    static func optional(_ fields: [String], _ i: Int) -> String? {
        guard i < fields.count else { return nil }
        let f = fields[i]
        return f.isEmpty || f == "-" ? nil : f
    }

    /// Rows compiled at build time, checked there: nothing to parse. `forms` for a lexicon table,
    /// whose rows carry their forms split.
    init(compiled: [TableRow], forms: Bool = false) {
        rows = compiled.map { Row(lineNumber: $0.line, fields: $0.fields, compiledForms: forms ? ($0.english, $0.japanese) : nil) }
    }

    init(bytes: [UInt8]) {
        var rows: [Row] = []
        var lineNumber = 0
        var start = 0
        let n = bytes.count
        bytes.withUnsafeBufferPointer { buf in
            while start <= n {
                var end = start
                while end < n && buf[end] != 0x0A { end += 1 }
                lineNumber += 1
                var e = end
                if e > start && buf[e - 1] == 0x0D { e -= 1 }
                if e > start && buf[start] != 0x23 {
                    var fields: [String] = []
                    var f = start
                    var i = start
                    while i <= e {
                        if i == e || buf[i] == 0x09 {
                            var a = f, b = i
                            while a < b && buf[a] == 0x20 { a += 1 }
                            while b > a && buf[b - 1] == 0x20 { b -= 1 }
                            fields.append(String(decoding: UnsafeBufferPointer(rebasing: buf[a..<b]), as: UTF8.self))
                            f = i + 1
                        }
                        i += 1
                    }
                    rows.append(Row(lineNumber: lineNumber, fields: fields))
                }
                start = end + 1
            }
        }
        self.rows = rows
    }
}
