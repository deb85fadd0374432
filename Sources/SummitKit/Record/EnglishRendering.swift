import SummitData

/// The project's own English rendering of a record, line by line (Sources/SummitData/records/*.en.tsv).
///
/// It is tied to the record's checksum: a record that differs by one byte gets none, so an answer
/// never shows the English of a sentence that is no longer there. Quotes need no table of their
/// own: each 「…」 of a Japanese line is a “…” of its English line, in the same order, so a
/// quote's English is cut out of its line by position.
public struct EnglishRendering: Sendable {
    public let checksum: String
    /// The numbers of the lines that have English, ascending; `texts[i]` is line `numbers[i]`'s
    /// English and `quotes[i]` the contents of its “…”, in order, cut once here rather than at
    /// every store built. Sorted arrays, not dictionaries keyed by line: a dictionary of `Int`
    /// keys made the runtime scan every protocol conformance in the binary for `Int: Hashable`
    /// at every start, which cost more than all the lookups a session makes.
    private let numbers: [Int]
    private let texts: [String]
    private let quotes: [[String]]

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
        numbers = lines.map(\.line)
        texts = lines.map(\.text)
        quotes = texts.map { Self.spans($0, open: "\u{201C}", close: "\u{201D}") }
    }

    /// The checksum row and the numbered lines of a rendering's rows, in line order (a line
    /// given twice keeps its last row); nil without a checksum.
    private static func lines(of rows: [[String]]) -> (checksum: String, lines: [(line: Int, text: String)])? {
        var checksum: String?
        var lines: [(line: Int, text: String)] = []
        lines.reserveCapacity(rows.count)
        var ordered = true
        for parts in rows {
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { continue }
            if parts[0] == "checksum" { checksum = parts[1]; continue }
            guard let n = Int(parts[0]) else { continue }
            if let last = lines.last, last.line >= n { ordered = false }
            lines.append((n, parts[1]))
        }
        guard let checksum else { return nil }
        if !ordered {
            // A stable sort, then the last row of each line.
            let sorted = lines.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
            lines = sorted.enumerated().filter { $0.offset + 1 == sorted.count || sorted[$0.offset + 1].line != $0.element.line }.map(\.element)
        }
        return (checksum, lines)
    }

    /// The bundled rendering of the record with `checksum`, with its quotes already cut (`quotes`,
    /// read back from a frozen store): its lines are the compiled table's string literals, so
    /// the frozen store need not carry them, nor the binary decode them at every start. Nil when
    /// no bundled rendering has that checksum.
    init?(bundledWith checksum: String, quotes: [(line: Int, quotes: [String])]) {
        guard let (written, lines) = Self.lines(of: CompiledTables.bundledRecordEnglish.map(\.fields)), written == checksum else { return nil }
        self.checksum = checksum
        numbers = lines.map(\.line)
        texts = lines.map(\.text)
        var cut = [[String]](repeating: [], count: lines.count)
        var i = 0
        for q in quotes {
            while i < numbers.count && numbers[i] < q.line { i += 1 }
            if i < numbers.count && numbers[i] == q.line { cut[i] = q.quotes }
        }
        self.quotes = cut
    }

    /// Where line `n` is in `numbers`, if it has English.
    private func slot(_ n: Int) -> Int? {
        var low = 0, high = numbers.count
        while low < high {
            let mid = (low + high) / 2
            if numbers[mid] < n { low = mid + 1 } else { high = mid }
        }
        return low < numbers.count && numbers[low] == n ? low : nil
    }

    /// Its lines and each line's quotes, in line order.
    var rows: [(line: Int, text: String, quotes: [String])] {
        numbers.indices.map { (numbers[$0], texts[$0], quotes[$0]) }
    }

    /// Each line's quotes, in line order, for the lines that have any (what a frozen store keeps).
    var quoteRows: [(line: Int, quotes: [String])] {
        numbers.indices.filter { !quotes[$0].isEmpty }.map { (numbers[$0], quotes[$0]) }
    }

    /// The renderings compiled into the binary, one per bundled record.
    static let embedded: [EnglishRendering] = [EnglishRendering(rows: CompiledTables.bundledRecordEnglish.map(\.fields))].compactMap { $0 }

    /// The rendering written for exactly this record, if there is one.
    public static func written(for record: Record) -> EnglishRendering? {
        embedded.first { $0.checksum == record.checksum }
    }

    public var lineCount: Int { numbers.count }

    public func line(_ n: Int) -> String? { slot(n).map { texts[$0] } }

    /// Line `n`, without the headlines the Japanese runs on after its last 。 when `cut`: the
    /// rendering sets each of those apart with " / ", so the line's own words are what comes first.
    public func line(_ n: Int, withoutRunOnHeadlines cut: Bool) -> String? {
        guard let text = line(n) else { return nil }
        guard cut, let slash = text.firstRange(of: " / ") else { return text }
        return String(text[..<slash.lowerBound])
    }

    /// The English inside the `ordinal`-th (0-based) top-level “…” of line `n`.
    public func quote(line n: Int, ordinal: Int) -> String? {
        guard let i = slot(n), quotes[i].indices.contains(ordinal) else { return nil }
        return quotes[i][ordinal]
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
