/// Entries by a 64-bit hash of a key, as one sorted array searched by bisection. The lexicon
/// builds three of these at every start-up; a dictionary of arrays cost an allocation per key
/// and a SipHash per insert, which made it the largest part of start-up.
struct HashIndex: Sendable {
    private var keys: [UInt64] = []
    private var values: [Int32] = []

    /// Gathers (hash, entry) pairs; `sorted()` makes them searchable.
    struct Builder {
        fileprivate var pairs: [(UInt64, Int32)] = []
        mutating func add(_ hash: UInt64, _ entry: Int) { pairs.append((hash, Int32(entry))) }
        /// Each entry at most once per hash, in entry order.
        func sorted() -> HashIndex {
            var index = HashIndex()
            let ordered = pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            index.keys.reserveCapacity(ordered.count)
            index.values.reserveCapacity(ordered.count)
            for (k, v) in ordered where !(index.keys.last == k && index.values.last == v) {
                index.keys.append(k); index.values.append(v)
            }
            return index
        }
    }

    /// The entries filed under `hash`, in entry order.
    func entries(_ hash: UInt64) -> [Int] {
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < hash { lo = mid + 1 } else { hi = mid }
        }
        var out: [Int] = []
        while lo < keys.count && keys[lo] == hash { out.append(Int(values[lo])); lo += 1 }
        return out
    }
}
