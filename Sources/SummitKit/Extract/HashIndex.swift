/// Entries by a 64-bit hash of a key, in an open-addressing table (linear probing) built in one
/// pass. The lexicon builds three of these at every start-up: a dictionary of arrays cost an
/// allocation per key and a SipHash per insert, and sorting the pairs was still a tenth of the
/// lexicon's build.
struct HashIndex: Sendable {
    /// Slot → hash and entry; an entry of -1 marks an empty slot.
    private var keys: [UInt64] = [0]
    private var values: [Int32] = [-1]
    private var shift: UInt64 = 63

    /// Gathers (hash, entry) pairs in entry order; `frozen()` makes them searchable.
    struct Builder {
        fileprivate var pairs: [(UInt64, Int32)] = []
        mutating func add(_ hash: UInt64, _ entry: Int) { pairs.append((hash, Int32(entry))) }

        /// Each entry at most once per hash.
        func frozen() -> HashIndex {
            var index = HashIndex()
            var bits: UInt64 = 3
            while (1 << bits) < pairs.count * 2 { bits += 1 }
            let size = 1 << Int(bits)
            index.shift = 64 - bits
            index.keys = [UInt64](repeating: 0, count: size)
            index.values = [Int32](repeating: -1, count: size)
            let mask = size - 1
            for (k, v) in pairs {
                var slot = index.home(k)
                var duplicate = false
                while index.values[slot] >= 0 {
                    if index.keys[slot] == k && index.values[slot] == v { duplicate = true; break }
                    slot = (slot + 1) & mask
                }
                if !duplicate { index.keys[slot] = k; index.values[slot] = v }
            }
            return index
        }
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
