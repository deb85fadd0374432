/// Which rules a character can start: one byte of role bits for each Basic Multilingual Plane
/// code point (and one shared by everything beyond it). The extractor reads each sentence's
/// characters once against this table and hands every rule only the places it could match,
/// instead of each rule decoding the whole sentence itself.
struct CharacterRoles: Sendable {
    struct Role: OptionSet, Sendable {
        let rawValue: UInt8
        /// A lexicon name, a title or an organization suffix.
        static let name = Role(rawValue: 1)
        static let time = Role(rawValue: 2)
        static let number = Role(rawValue: 4)
        /// 「 」 『 』.
        static let bracket = Role(rawValue: 8)
    }

    /// Indexed by `UTF8Bytes.characterKey`: the low 16 bits of a code point, or 0x10000 for
    /// every character beyond the Basic Multilingual Plane.
    private var table = [UInt8](repeating: 0, count: 0x10001)

    init() {}

    /// Marks every first character `filter` knows as starting `role`.
    mutating func mark(_ filter: StartFilter, as role: Role) {
        filter.forEachFirstCharacter { table[$0] |= role.rawValue }
    }

    /// Collects, left to right, the offset of every character in `range` that starts some role.
    /// Steps by the length its lead byte announces, as the rules themselves do, and resumes at
    /// the next lead byte after a stray continuation byte.
    func scan(_ bytes: [UInt8], _ range: Range<Int>, into found: inout Candidates) {
        found.removeAll()
        let upper = min(range.upperBound, bytes.count)
        bytes.withUnsafeBufferPointer { p in
            table.withUnsafeBufferPointer { t in
                var i = max(range.lowerBound, 0)
                while i < upper {
                    if p[i] & 0xC0 == 0x80 { i += 1; continue }
                    let (key, length) = UTF8Bytes.characterKey(p, i, upper)
                    let roles = t[key]
                    if roles != 0 {
                        if roles & Role.name.rawValue != 0 { found.names.append(i) }
                        if roles & Role.time.rawValue != 0 { found.times.append(i) }
                        if roles & Role.number.rawValue != 0 { found.numbers.append(i) }
                        if roles & Role.bracket.rawValue != 0 { found.brackets.append(i) }
                    }
                    i += length
                }
            }
        }
    }
}

/// The places in one sentence where each rule could start (see `CharacterRoles`). One value is
/// reused from sentence to sentence, so its arrays keep their capacity.
struct Candidates {
    var names: [Int] = []
    var times: [Int] = []
    var numbers: [Int] = []
    var brackets: [Int] = []

    mutating func removeAll() {
        names.removeAll(keepingCapacity: true)
        times.removeAll(keepingCapacity: true)
        numbers.removeAll(keepingCapacity: true)
        brackets.removeAll(keepingCapacity: true)
    }
}
