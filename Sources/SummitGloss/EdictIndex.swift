#if canImport(Glibc)
import Glibc
#endif

/// EDICT reduced to a lookup table: every spelling, its reading and its first gloss, packed
/// into one byte buffer and two sorted arrays of small records. The 19 MB EUC-JP file becomes
/// about a third of that in memory, and a lookup is a binary search, not a scan.
///
/// Built once per process, on the first gloss (see `GlossResources`); never at start-up.
struct EdictIndex: Sendable {
    /// One spelling of one entry. Its spelling, reading and gloss lie back to back in `text`.
    struct Record: Sendable {
        var start: UInt32
        var spellingLength: UInt8
        var readingLength: UInt8
        var glossLength: UInt16
        var classes: WordClass
        var flags: UInt8

        static let common: UInt8 = 1
        static let usuallyKana: UInt8 = 2
    }

    /// What a lookup found, with why it was chosen, for tests and for a `--trace`-style look.
    struct Match: Sendable, Equatable {
        let spelling: String
        let reading: String
        let gloss: String
    }

    private(set) var text: [UInt8] = []
    /// Sorted by spelling, then by preference (common first, then file order).
    private(set) var bySpelling: [Record] = []
    /// Positions in `bySpelling` of the records that have a reading, sorted by it: how a word
    /// written in kana finds its usual spelling (する → 為る).
    private(set) var byReading: [UInt32] = []

    var count: Int { bySpelling.count }

    /// Builds the index from the EDICT file's bytes as shipped (EUC-JP).
    init?(eucJP bytes: [UInt8]) {
        guard let utf8 = EUCJP.decode(bytes) else { return nil }
        self.init(utf8: utf8)
    }

    init(utf8: [UInt8]) {
        var records: [Record] = []
        records.reserveCapacity(utf8.count / 60)
        text.reserveCapacity(utf8.count / 3)
        utf8.withUnsafeBufferPointer { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                if let entry = EdictEntry(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end])) { add(entry, to: &records) }
                start = end + 1
            }
        }
        // Reserved generously while growing; keep only what is used (about a quarter less).
        text = text.withUnsafeBufferPointer { Array($0) }
        // Stable sort: among equal spellings, common entries first, then EDICT's own order.
        bySpelling = text.withUnsafeBufferPointer { text in
            records.enumerated().sorted { a, b in
                let order = Self.compare(text, a.element.spellingRange, text, b.element.spellingRange)
                if order != 0 { return order < 0 }
                let ca = a.element.flags & Record.common, cb = b.element.flags & Record.common
                return ca != cb ? ca > cb : a.offset < b.offset
            }.map(\.element)
        }
        let sorted = bySpelling
        byReading = text.withUnsafeBufferPointer { text in
            (0..<UInt32(sorted.count)).filter { sorted[Int($0)].readingLength > 0 }.sorted { a, b in
                let order = Self.compare(text, sorted[Int(a)].readingRange, text, sorted[Int(b)].readingRange)
                return order != 0 ? order < 0 : a < b
            }
        }
    }

    private mutating func add(_ entry: EdictEntry, to records: inout [Record]) {
        let gloss = Array(entry.gloss.utf8.prefix(Int(UInt16.max)))
        let flags = (entry.isCommon ? Record.common : 0) | (entry.isUsuallyKana ? Record.usuallyKana : 0)
        // Readings are kept in hiragana, so a MeCab reading (katakana) is compared after one conversion.
        let reading = Array(Kana.hiragana(utf8: Array((entry.readings.first ?? "").utf8)).prefix(255))
        for spelling in entry.headwords {
            let bytes = Array(spelling.utf8.prefix(255))
            records.append(Record(start: UInt32(text.count), spellingLength: UInt8(bytes.count), readingLength: UInt8(reading.count),
                                  glossLength: UInt16(gloss.count), classes: entry.classes, flags: flags))
            text += bytes
            text += reading
            text += gloss
        }
    }

    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ ra: Range<Int>, _ b: UnsafeBufferPointer<UInt8>, _ rb: Range<Int>) -> Int {
        let n = min(ra.count, rb.count)
        if n > 0 {
            let order = memcmp(a.baseAddress! + ra.lowerBound, b.baseAddress! + rb.lowerBound, n)
            if order != 0 { return order < 0 ? -1 : 1 }
        }
        return ra.count == rb.count ? 0 : (ra.count < rb.count ? -1 : 1)
    }

    /// Byte order of two spellings or readings, the order both arrays are sorted in.
    static func compare(_ a: [UInt8], _ ra: Range<Int>, _ b: [UInt8], _ rb: Range<Int>) -> Int {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in compare(a, ra, b, rb) } }
    }
}

extension EdictIndex.Record {
    var spellingRange: Range<Int> { Int(start)..<Int(start) + Int(spellingLength) }
    var readingRange: Range<Int> { spellingRange.upperBound..<spellingRange.upperBound + Int(readingLength) }
    var glossRange: Range<Int> { readingRange.upperBound..<readingRange.upperBound + Int(glossLength) }
}
