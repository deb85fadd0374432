/// Entries by a 64-bit hash of a key, in an open-addressing table (linear probing) sized once
/// and filled in one pass. The lexicon builds three of these at every start-up: a dictionary of
/// arrays cost an allocation per key and a SipHash per insert, and sorting the pairs was still a
/// tenth of the lexicon's build.
struct HashIndex: Sendable {
    /// Slot → hash and entry; an entry of -1 marks an empty slot.
    private var keys: [UInt64]
    private var values: [Int32]
    private var shift: UInt64

    /// An empty table with room for `capacity` entries, filled one at a time with `insert`.
    init(capacity: Int) {
        var bits: UInt64 = 3
        while (1 << bits) < capacity * 2 { bits += 1 }
        let size = 1 << Int(bits)
        shift = 64 - bits
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
    }

    /// Files `entry` under `hash`, unless `isSame` says an entry already filed under that hash is
    /// the same (then false): the lexicon keeps the first row of an id this way while it reads
    /// them, with no set of strings beside it. At most `capacity` entries in all.
    mutating func insert(_ hash: UInt64, _ entry: Int, unlessFiled isSame: (Int) -> Bool) -> Bool {
        let mask = values.count - 1
        var slot = home(hash)
        while values[slot] >= 0 {
            if keys[slot] == hash && isSame(Int(values[slot])) { return false }
            slot = (slot + 1) & mask
        }
        keys[slot] = hash
        values[slot] = Int32(entry)
        return true
    }

    /// Where a hash's probe run starts: its top bits after a multiplicative mix.
    @inline(__always)
    private func home(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The entries filed under `hash`, in entry order.
    func entries(_ hash: UInt64) -> [Int] {
        var out: [Int] = []
        let mask = values.count - 1
        var slot = home(hash)
        while values[slot] >= 0 {
            if keys[slot] == hash { out.append(Int(values[slot])) }
            slot = (slot + 1) & mask
        }
        if out.count > 1 { out.sort() }
        return out
    }
}
