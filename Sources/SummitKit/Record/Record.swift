/// A summit record: the report's bytes and its structure (sections, paragraphs, sentences),
/// kept as byte ranges so every fact can point back to its exact source line and span.
public struct Record: Sendable {
    /// The name answers cite (the file's name, not its path).
    public let name: String
    public let bytes: [UInt8]
    /// FNV-1a 64 of the bytes, in hex: scripts remember it to warn when replayed on another record.
    public let checksum: String
    /// Byte offset where each line starts; line N (1-based, as in the file) is `lineStarts[N - 1]`.
    public let lineStarts: [Int]
    public let sections: [Section]
    public let paragraphs: [Paragraph]
    public let sentences: [Sentence]
    /// Text kept out of sentences, in order: lists of other articles' headlines (関連記事 and what
    /// follows it, or headlines run on after a paragraph's last 。). `source` of a line leaves them out.
    public let asides: [Range<Int>]
    /// A date in the record's name (…2025-02-07…), else its dateline: relative dates (7日, きょう)
    /// resolve against it.
    public let referenceDate: CalendarDate?
    /// The encoding the file was in when it was not UTF-8 (it was converted on loading).
    public internal(set) var convertedFrom: TextEncoding? = nil

    public var lineCount: Int { lineStarts.count }

    /// One line for the user when the file was converted (`PATH: read as EUC-JP, converted to UTF-8`).
    public func conversionNote(path: String) -> String? {
        convertedFrom.map { "\(path): read as \($0.rawValue), converted to UTF-8" }
    }

    /// Byte range of a line's content, without its newline.
    public func lineRange(_ line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start && bytes[end - 1] == 0x0A { end -= 1 }
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        return start..<max(start, end)
    }

    public func lineText(_ line: Int) -> String {
        guard line >= 1 && line <= lineCount else { return "" }
        return UTF8Bytes.string(bytes, lineRange(line))
    }

    public func text(_ range: Range<Int>) -> String { UTF8Bytes.string(bytes, range) }

    /// The asides on a line (see `asides`).
    public func asides(onLine line: Int) -> [Range<Int>] {
        guard line >= 1 && line <= lineCount else { return [] }
        let r = lineRange(line)
        return asides.filter { $0.lowerBound >= r.lowerBound && $0.lowerBound < max(r.upperBound, r.lowerBound + 1) }
    }

    /// A line's content without the asides at its end (headlines run on after its last 。).
    public func lineRangeWithoutAsides(_ line: Int) -> Range<Int> {
        let r = lineRange(line)
        guard let first = asides(onLine: line).first else { return r }
        var end = first.lowerBound
        while end > r.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        return r.lowerBound..<end
    }
}

public struct Section: Sendable, Equatable {
    public let index: Int
    public let line: Int
    public let heading: String
    /// Byte range of the heading text (indent trimmed).
    public let range: Range<Int>
}

public struct Paragraph: Sendable, Equatable {
    public let firstLine: Int
    public let lastLine: Int
    /// Index into `Record.sections`, or -1 before the first heading.
    public let section: Int
}

public struct Sentence: Sendable, Equatable {
    public let index: Int
    public let line: Int
    /// Byte range in the record (indent trimmed).
    public let range: Range<Int>
    public let paragraph: Int
    public let section: Int
    /// A heading line, kept as a sentence so its names, figures and times are found too.
    public let isHeading: Bool
}

/// A calendar date as far as it is known.
public struct CalendarDate: Sendable, Equatable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var iso: String { four(year) + "-" + two(month) + "-" + two(day) }

    /// The date `days` later (negative: earlier), by the proleptic Gregorian calendar.
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let m = mp < 10 ? mp + 3 : mp - 9
        day = doy - (153 * mp + 2) / 5 + 1
        month = m
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
