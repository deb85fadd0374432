/// Reads what `ByteWriter` wrote, refusing (never trapping on) bytes that end too soon or hold
/// impossible values: data read at start-up may be stale or damaged, and the caller then falls
/// back to computing it.
struct ByteReader {
    /// Why bytes were refused, with the offset where reading stopped.
    struct Refusal: Error, Equatable, CustomStringConvertible {
        let offset: Int
        let reason: String
        var description: String { "byte \(offset): \(reason)" }
    }

    let bytes: [UInt8]
    private(set) var offset: Int

    init(_ bytes: [UInt8], from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset >= bytes.count }

    func refuse(_ reason: String) -> Refusal { Refusal(offset: offset, reason: reason) }

    mutating func byte() throws(Refusal) -> UInt8 {
        guard offset < bytes.count else { throw refuse("the bytes end too soon") }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func unsigned() throws(Refusal) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw refuse("a number is too long") }
            value |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return value }
            shift += 7
        }
    }

    mutating func int() throws(Refusal) -> Int {
        let u = try unsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }

    /// A count or index: not negative and at most `limit` (so a damaged count cannot ask for
    /// gigabytes).
    mutating func count(atMost limit: Int) throws(Refusal) -> Int {
        let u = try unsigned()
        guard limit >= 0, u <= UInt64(limit) else { throw refuse("a count of \(u) is more than \(limit)") }
        return Int(u)
    }

    mutating func bool() throws(Refusal) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw refuse("a flag is neither 0 nor 1")
        }
    }

    mutating func fixed64() throws(Refusal) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw refuse("the bytes end too soon") }
        var value: UInt64 = 0
        for k in 0..<8 { value |= UInt64(bytes[offset + k]) << UInt64(8 * k) }
        offset += 8
        return value
    }

    mutating func double() throws(Refusal) -> Double { Double(bitPattern: try fixed64()) }

    /// A length-prefixed string. Bytes that are not UTF-8 become U+FFFD, as `String(decoding:)`
    /// makes them: validating strictly costs twice as much, and damage is caught by the
    /// structure around the strings (lengths, counts, places), not inside them.
    mutating func string() throws(Refusal) -> String {
        let n = try count(atMost: Int.max)
        let start = offset
        guard n <= bytes.count - start else { throw refuse("a string runs past the end") }
        offset += n
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + n]), as: UTF8.self) }
    }
}
