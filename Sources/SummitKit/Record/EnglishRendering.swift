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
        var checksum: String?
        var lines: [Int: String] = [:]
        for raw in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
            if raw.hasPrefix("#") { continue }
            let parts = raw.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            if parts[0] == "checksum" { checksum = String(parts[1]); continue }
            if let n = Int(parts[0]) { lines[n] = String(parts[1]) }
        }
        guard let checksum else { return nil }
        self.checksum = checksum
        self.lines = lines
        quotes = lines.mapValues { Self.spans($0, open: "\u{201C}", close: "\u{201D}") }
    }

    /// The renderings compiled into the binary, one per bundled record.
    static let embedded: [EnglishRendering] = [EnglishRendering(tsv: EmbeddedData.bundledRecordEnglish)].compactMap { $0 }

    /// The rendering written for exactly this record, if there is one.
    public static func written(for record: Record) -> EnglishRendering? {
        embedded.first { $0.checksum == record.checksum }
    }

    public var lineCount: Int { lines.count }

    public func line(_ n: Int) -> String? { lines[n] }

    /// The English inside the `ordinal`-th (0-based) top-level “…” of line `n`.
    public func quote(line n: Int, ordinal: Int) -> String? {
        guard let spans = quotes[n], spans.indices.contains(ordinal) else { return nil }
        return spans[ordinal]
    }

    /// The contents of each top-level open…close pair, in order.
    /// Walks scalars, not Characters: the marks are single scalars, and grapheme breaking over
    /// every line of the rendering would cost start-up a millisecond.
    static func spans(_ text: String, open: Unicode.Scalar, close: Unicode.Scalar) -> [String] {
        var out: [String] = []
        var depth = 0
        var current = String.UnicodeScalarView()
        for ch in text.unicodeScalars {
            if ch == open {
                if depth > 0 { current.append(ch) }
                depth += 1
            } else if ch == close, depth > 0 {
                depth -= 1
                if depth == 0 { out.append(String(current)); current = String.UnicodeScalarView() } else { current.append(ch) }
            } else if depth > 0 {
                current.append(ch)
            }
        }
        return out
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
