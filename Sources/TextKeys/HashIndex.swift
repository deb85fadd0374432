/// Entries by a 64-bit hash of a key, in an open-addressing table (linear probing) sized once
/// and filled in one pass. The lexicon builds three of these at every start-up: a dictionary of
/// arrays cost an allocation per key and a SipHash per insert, and sorting the pairs was still a
/// tenth of the lexicon's build.
///
/// A slot keeps 32 bits of the hash (its tag) and the entry, and the table is at most three
/// quarters full: half the memory of whole hashes in a table twice the entries, which the
/// kernel had to hand over page by page at start-up. Two keys can share a tag, so `entries`
/// can name an entry of another key; every caller checks the entries it gets.
///
/// In TextKeys because the table compiler fills the bundled lexicon's indexes at build time
/// (`LexiconIndex`) with this same code, and the binary uses its arrays as they are.
public struct HashIndex: Sendable, Equatable {
    /// Slot → the tag of a hash filed there.
    public private(set) var tags: [UInt32]
    /// Slot → entry; -1 marks an empty slot.
    public private(set) var values: [Int32]

    /// An empty table with room for `capacity` entries, filled one at a time with `insert`.
    public init(capacity: Int) {
        let size = max(8, capacity + capacity / 3 + 1)
        tags = [UInt32](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
    }

    /// A table filled at build time: `tags` and `values` as another index's were.
    public init(tags: [UInt32], values: [Int32]) {
        precondition(tags.count == values.count && !values.isEmpty, "a hash index needs as many tags as values")
        self.tags = tags
        self.values = values
    }

    /// Files `entry` under `hash`, unless `isSame` says an entry already filed under that hash's
    /// tag is the same (then false): the lexicon keeps the first row of an id this way while it
    /// reads them, with no set of strings beside it. At most `capacity` entries in all.
    public mutating func insert(_ hash: UInt64, _ entry: Int, unlessFiled isSame: (Int) -> Bool) -> Bool {
        let tag = Self.tag(hash)
        var slot = home(hash)
        while values[slot] >= 0 {
            if tags[slot] == tag && isSame(Int(values[slot])) { return false }
            slot = next(slot)
        }
        tags[slot] = tag
        values[slot] = Int32(entry)
        return true
    }

    /// The top half of a hash: what a slot keeps of it.
    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }

    /// Where a hash's probe run starts: the top bits of a multiplicative mix of the whole hash,
    /// scaled to the table's size.
    @inline(__always)
    private func home(_ hash: UInt64) -> Int { Int((((hash &* 0x9E37_79B9_7F4A_7C15) >> 32) &* UInt64(values.count)) >> 32) }

    @inline(__always)
    private func next(_ slot: Int) -> Int { slot + 1 == values.count ? 0 : slot + 1 }

    /// The entries filed under `hash`'s tag (with, rarely, another key's), in entry order.
    public func entries(_ hash: UInt64) -> [Int] {
        var out: [Int] = []
        let tag = Self.tag(hash)
        var slot = home(hash)
        while values[slot] >= 0 {
            if tags[slot] == tag { out.append(Int(values[slot])) }
            slot = next(slot)
        }
        if out.count > 1 { out.sort() }
        return out
    }
}
