import SummitKit

/// Text to extract from: the record itself, or many copies of it joined by blank lines, built
/// in memory so growth can be measured without writing large files.
struct Corpus: Sendable {
    /// 1 for the record itself.
    let copies: Int
    /// Named after the record's date (corpus-100x-2025-02-07.txt) so relative dates in the text
    /// still resolve and the extractor does the same work per copy as on the record.
    let name: String
    let bytes: [UInt8]

    var label: String { copies == 1 ? "record" : "\(copies) copies" }
    var megabytes: Double { Double(bytes.count) / 1e6 }

    static func single(_ record: Record) -> Corpus {
        Corpus(copies: 1, name: record.name, bytes: record.bytes)
    }

    static func copies(_ n: Int, of record: Record) -> Corpus {
        let separator: [UInt8] = [0x0A, 0x0A]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(n * (record.bytes.count + separator.count))
        for k in 0..<n {
            if k > 0 { bytes += separator }
            bytes += record.bytes
        }
        let date = record.referenceDate.map { "-" + $0.iso } ?? ""
        return Corpus(copies: n, name: "corpus-\(n)x\(date).txt", bytes: bytes)
    }
}
