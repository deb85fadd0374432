import SummitData

/// The project's own English rendering of a record, line by line (Sources/SummitData/records/*.en.tsv).
///
/// It is tied to the record's checksum: a record that differs by one byte gets none, so an answer
/// never shows the English of a sentence that is no longer there. Quotes need no table of their
/// own: each 「…」 of a Japanese line is a “…” of its English line, in the same order, so a
/// quote's English is cut out of its line by position.
public struct EnglishRendering: Sendable {
    public let checksum: String
    private let lines: [Int: String]
    /// Each line's “…” contents in order, cut once here rather than at every store built.
    private let quotes: [Int: [String]]

    /// Reads `checksum<TAB>HEX` and `LINE<TAB>English` rows; `#` lines are comments. Nil when the
    /// file names no checksum.
    public init?(tsv bytes: [UInt8]) {
        self.init(rows: String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t", maxSplits: 1).map(String.init)
        })
    }

    /// The rows already split at their first tab (compiled at build time for the bundled record).
    init?(rows: [[String]]) {
        guard let (checksum, lines) = Self.lines(of: rows) else { return nil }
        self.checksum = checksum
        self.lines = lines
        quotes = lines.mapValues { Self.spans($0, open: "\u{201C}", close: "\u{201D}") }
    }

    /// The checksum row and the numbered lines of a rendering's rows; nil without a checksum.
    private static func lines(of rows: [[String]]) -> (checksum: String, lines: [Int: String])? {
        var checksum: String?
        var lines: [Int: String] = [:]
        lines.reserveCapacity(rows.count)
        for parts in rows {
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { continue }
            if parts[0] == "checksum" { checksum = parts[1]; continue }
            if let n = Int(parts[0]) { lines[n] = parts[1] }
        }
        return checksum.map { ($0, lines) }
    }

    /// The bundled rendering of the record with `checksum`, with its quotes already cut (`quotes`,
    /// read back from a frozen store): its lines are the compiled table's string literals, so
    /// the frozen store need not carry them, nor the binary decode them at every start. Nil when
    /// no bundled rendering has that checksum.
    init?(bundledWith checksum: String, quotes: [Int: [String]]) {
        guard let (written, lines) = Self.lines(of: CompiledTables.bundledRecordEnglish.map(\.fields)), written == checksum else { return nil }
        self.checksum = checksum
        self.lines = lines
        self.quotes = quotes
    }

    /// Its lines and each line's quotes, in line order.
    var rows: [(line: Int, text: String, quotes: [String])] {
        lines.keys.sorted().map { ($0, lines[$0]!, quotes[$0] ?? []) }
    }

    /// Each line's quotes, in line order, for the lines that have any (what a frozen store keeps).
    var quoteRows: [(line: Int, quotes: [String])] {
        quotes.keys.sorted().map { ($0, quotes[$0]!) }
    }

    /// The renderings compiled into the binary, one per bundled record.
    static let embedded: [EnglishRendering] = [EnglishRendering(rows: CompiledTables.bundledRecordEnglish.map(\.fields))].compactMap { $0 }

    /// The rendering written for exactly this record, if there is one.
    public static func written(for record: Record) -> EnglishRendering? {
        embedded.first { $0.checksum == record.checksum }
    }

    public var lineCount: Int { lines.count }

    public func line(_ n: Int) -> String? { lines[n] }

    /// Line `n`, without the headlines the Japanese runs on after its last 。 when `cut`: the
    /// rendering sets each of those apart with " / ", so the line's own words are what comes first.
    public func line(_ n: Int, withoutRunOnHeadlines cut: Bool) -> String? {
        guard let text = lines[n] else { return nil }
        guard cut, let slash = text.firstRange(of: " / ") else { return text }
        return String(text[..<slash.lowerBound])
    }

    /// The English inside the `ordinal`-th (0-based) top-level “…” of line `n`.
    public func quote(line n: Int, ordinal: Int) -> String? {
        guard let spans = quotes[n], spans.indices.contains(ordinal) else { return nil }
        return spans[ordinal]
    }

    /// The contents of each top-level open…close pair, in order.
    /// Walks UTF-8 bytes and cuts each span out once: the marks are single scalars, and
    /// building strings scalar by scalar over every line of the rendering cost start-up.
    static func spans(_ text: String, open: Unicode.Scalar, close: Unicode.Scalar) -> [String] {
        let o = Array(String(open).utf8), c = Array(String(close).utf8)
        var text = text
        return text.withUTF8 { u in
            var out: [String] = []
            var depth = 0, start = 0, i = 0
            func at(_ mark: [UInt8]) -> Bool {
                guard i + mark.count <= u.count else { return false }
                for k in 0..<mark.count where u[i + k] != mark[k] { return false }
                return true
            }
            while i < u.count {
                if at(o) {
                    depth += 1
                    i += o.count
                    if depth == 1 { start = i }
                } else if depth > 0, at(c) {
                    depth -= 1
                    if depth == 0 { out.append(String(decoding: UnsafeBufferPointer(rebasing: u[start..<i]), as: UTF8.self)) }
                    i += c.count
                } else {
                    i += 1
                }
            }
            return out
        }
    }

    /// How many top-level 「 of a Japanese line start before byte `offset` of that line: the
    /// ordinal of the quote that starts there.
    public static func bracketOrdinal(_ bytes: ArraySlice<UInt8>, before offset: Int) -> Int {
        var depth = 0, count = 0
        var i = bytes.startIndex
        while i + 2 < bytes.endIndex, i < offset {
            if bytes[i] == 0xE3, bytes[i + 1] == 0x80 {
                if bytes[i + 2] == 0x8C { if depth == 0 { count += 1 }; depth += 1 }       // 「
                else if bytes[i + 2] == 0x8D, depth > 0 { depth -= 1 }                    // 」
            }
            i += 1
        }
        return count
    }
}
