/// One line of a table file that holds data, split into fields, with where it came from.
public struct SourceRow: Sendable, Equatable {
    public let line: Int
    public let fields: [String]
    public init(line: Int, fields: [String]) { self.line = line; self.fields = fields }
    public subscript(_ i: Int) -> String { i < fields.count ? fields[i] : "" }
}

/// A malformed row: reported as `file:line: error: message`, the form compilers use, so the
/// build stops on it and an editor jumps to the line.
public struct TableError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String
    public init(file: String, line: Int, message: String) { self.file = file; self.line = line; self.message = message }
    public var description: String { "\(file):\(line): error: \(message)" }
}

/// How a file is cut into rows. The runtime readers differ (questions keep spaces inside
/// fields; the other tables trim them), and the compiled rows must be exactly what they read.
public enum RowSplitting: Sendable {
    /// Grammar/lexicon.tsv and extraction.tsv: `#` lines and blank lines skipped, a trailing CR
    /// dropped, fields split on tabs with spaces trimmed.
    case trimmedFields
    /// Grammar/questions.tsv: `#` lines and blank lines skipped, fields split on tabs as they are.
    case rawFields
    /// An English rendering: `#` lines and blank lines skipped, two fields split at the first tab.
    case keyAndText

    public func rows(of text: String) -> [SourceRow] {
        var out: [SourceRow] = []
        // "\r\n" is one Character in Swift, so it is a line break of its own here.
        for (n, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            var line = Substring(raw)
            if line.last == "\r" { line = line.dropLast() }
            if line.isEmpty || line.first == "#" { continue }
            let fields: [String]
            switch self {
            case .trimmedFields: fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { Self.trimmed($0) }
            case .rawFields: fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            case .keyAndText: fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            }
            out.append(SourceRow(line: n + 1, fields: fields))
        }
        return out
    }

    private static func trimmed(_ s: Substring) -> String {
        var s = s
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
