/// Reads the tab-separated tables in Grammar/: `#` comments and blank lines are skipped,
/// every other line is split on tabs, so a new row is a one-line edit with no code change.
struct TableFile: Sendable {
    struct Row: Sendable {
        let lineNumber: Int
        let fields: [String]
        subscript(_ i: Int) -> String { i < fields.count ? fields[i] : "" }
        /// A field with `-` meaning "nothing".
        func optional(_ i: Int) -> String? {
            let f = self[i]
            return f.isEmpty || f == "-" ? nil : f
        }
    }

    let rows: [Row]

    init(bytes: [UInt8]) {
        var rows: [Row] = []
        let text = String(decoding: bytes, as: UTF8.self)
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line[...]
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmedOfSpaces() }
            rows.append(Row(lineNumber: lineNumber, fields: fields))
        }
        self.rows = rows
    }
}

extension StringProtocol {
    /// Leading and trailing ASCII spaces removed (table cells, query words).
    func trimmedOfSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
