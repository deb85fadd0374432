/// The frozen store's strings, each written once: facts repeat the same few strings many times
/// (the record's name and section headings in every place, a speaker in every quote), so the
/// writer numbers them and the reader builds each String once and shares it.
struct FrozenWriter {
    var body = ByteWriter()
    private var numbers: [String: Int] = [:]
    private var strings: [String] = []

    mutating func string(_ s: String) { body.unsigned(UInt64(number(s))) }

    /// An enumeration as its position among its cases (reading a raw value back is a string switch).
    mutating func value<E: CaseIterable & Equatable>(_ e: E) {
        let cases = E.allCases
        body.unsigned(UInt64(cases.distance(from: cases.startIndex, to: cases.firstIndex(of: e)!)))
    }

    /// 0 for none, else the string's number + 1.
    mutating func string(_ s: String?) {
        if let s { body.unsigned(UInt64(number(s) + 1)) } else { body.unsigned(0) }
    }

    private mutating func number(_ s: String) -> Int {
        if let n = numbers[s] { return n }
        numbers[s] = strings.count
        strings.append(s)
        return strings.count - 1
    }

    /// A count, then each element (what `FrozenReader.array` reads).
    mutating func array<T>(_ items: [T], _ element: (inout FrozenWriter, T) -> Void) {
        body.unsigned(UInt64(items.count))
        for item in items { element(&self, item) }
    }

    /// The string table, then the body.
    var bytes: [UInt8] {
        var w = ByteWriter()
        w.unsigned(UInt64(strings.count))
        for s in strings { w.string(s) }
        w.raw(body.bytes)
        return w.bytes
    }
}

struct FrozenReader {
    var r: ByteReader
    private let strings: [String]
    /// The record the facts are of: every place read must lie inside it.
    var record: (name: String, lines: Int, sentences: Int, bytes: Int) = ("", 0, 0, 0)

    init(_ reader: ByteReader) throws(ByteReader.Refusal) {
        r = reader
        let n = try r.count(atMost: r.bytes.count)
        var strings: [String] = []
        strings.reserveCapacity(n)
        for _ in 0..<n { strings.append(try r.string()) }
        self.strings = strings
    }

    mutating func string() throws(ByteReader.Refusal) -> String {
        strings[try r.count(atMost: strings.count - 1)]
    }

    mutating func optionalString() throws(ByteReader.Refusal) -> String? {
        let n = try r.count(atMost: strings.count)
        return n == 0 ? nil : strings[n - 1]
    }

    /// An enumeration written as its position among its cases.
    mutating func value<E: CaseIterable>() throws(ByteReader.Refusal) -> E {
        let cases = E.allCases
        let n = try r.count(atMost: cases.count - 1)
        return cases[cases.index(cases.startIndex, offsetBy: n)]
    }

    mutating func int() throws(ByteReader.Refusal) -> Int { try r.int() }
    mutating func double() throws(ByteReader.Refusal) -> Double { try r.double() }
    mutating func bool() throws(ByteReader.Refusal) -> Bool { try r.bool() }

    /// A count of things each written in at least one byte.
    mutating func count() throws(ByteReader.Refusal) -> Int {
        let n = try r.count(atMost: Int.max)
        guard n <= r.bytes.count - r.offset else { throw r.refuse("a count of \(n) is more than the bytes left") }
        return n
    }

    mutating func array<T>(_ element: (inout FrozenReader) throws(ByteReader.Refusal) -> T) throws(ByteReader.Refusal) -> [T] {
        let n = try count()
        // Most lexicon entries are mentioned nowhere: an empty array needs no buffer reserved.
        guard n > 0 else { return [] }
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try element(&self)) }
        return out
    }
}
