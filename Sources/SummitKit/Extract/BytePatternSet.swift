/// A set of byte patterns matched by a trie: at any position it yields the longest pattern that
/// starts there, in time proportional to the match, which keeps entity scanning linear.
///
/// Built with a `Builder` (sibling lists in flat arrays: no allocation per node, which made
/// start-up slow), then laid out in one `Int32` array that lookups read through a buffer
/// pointer: the walk is the extractor's innermost loop, and separate arrays cost a bounds check
/// and a reload per field per byte.
struct BytePatternSet: Sendable {
    struct Builder {
        // Node → first child, next sibling, edge label, value (-1: no pattern ends here).
        fileprivate var firstChild: [Int32] = [-1]
        fileprivate var nextSibling: [Int32] = [-1]
        fileprivate var label: [UInt8] = [0]
        fileprivate var value: [Int32] = [-1]
        /// First-level transitions, indexed by byte.
        fileprivate var root = [Int32](repeating: -1, count: 256)

        init() {}

        /// Adds a pattern carrying `value`; a pattern added twice keeps its first value.
        mutating func insert(_ pattern: [UInt8], value v: Int) {
            guard let first = pattern.first else { return }
            var node: Int
            if root[Int(first)] >= 0 { node = Int(root[Int(first)]) } else {
                node = newNode(first); root[Int(first)] = Int32(node)
            }
            for b in pattern.dropFirst() {
                var c = firstChild[node]
                while c >= 0 && label[Int(c)] != b { c = nextSibling[Int(c)] }
                if c >= 0 { node = Int(c); continue }
                let child = newNode(b)
                nextSibling[child] = firstChild[node]
                firstChild[node] = Int32(child)
                node = child
            }
            if value[node] < 0 { value[node] = Int32(v) }
        }

        private mutating func newNode(_ b: UInt8) -> Int {
            firstChild.append(-1); nextSibling.append(-1); label.append(b); value.append(-1)
            return label.count - 1
        }

        /// The set laid out for lookups.
        func frozen() -> BytePatternSet { BytePatternSet(self) }
    }

    /// Nodes with many children (the second and third bytes of Japanese characters) get a direct
    /// table for continuation bytes 0x80–0xBF instead of a list of edges.
    static let denseThreshold = 6

    /// `root` (256) · `value` (n) · `edgeStart` (n + 1) · `denseSlot` (n) · edge labels (e) ·
    /// edge targets (e) · dense tables (64 per dense node), at the offsets below.
    private let storage: [Int32]
    private let valueAt: Int, edgeStartAt: Int, denseSlotAt: Int, labelsAt: Int, targetsAt: Int, denseAt: Int
    /// How many nodes the trie has: node numbers run below this.
    let nodeCount: Int

    /// An empty set.
    init() { self.init(Builder()) }

    private init(_ b: Builder) {
        let n = b.label.count
        var labels: [Int32] = [], targets: [Int32] = [], edgeStart = [Int32](repeating: 0, count: n + 1)
        labels.reserveCapacity(n); targets.reserveCapacity(n)
        for node in 0..<n {
            edgeStart[node] = Int32(labels.count)
            var c = b.firstChild[node]
            while c >= 0 {
                labels.append(Int32(b.label[Int(c)])); targets.append(c)
                c = b.nextSibling[Int(c)]
            }
        }
        edgeStart[n] = Int32(labels.count)
        var denseSlot = [Int32](repeating: -1, count: n), dense: [Int32] = []
        for node in 0..<n {
            let a = Int(edgeStart[node]), e = Int(edgeStart[node + 1])
            guard e - a >= Self.denseThreshold, labels[a..<e].allSatisfy({ $0 >= 0x80 && $0 <= 0xBF }) else { continue }
            denseSlot[node] = Int32(dense.count / 64)
            var table = [Int32](repeating: -1, count: 64)
            for k in a..<e { table[Int(labels[k] - 0x80)] = targets[k] }
            dense += table
        }
        nodeCount = n
        valueAt = 256
        edgeStartAt = valueAt + n
        denseSlotAt = edgeStartAt + n + 1
        labelsAt = denseSlotAt + n
        targetsAt = labelsAt + labels.count
        denseAt = targetsAt + targets.count
        storage = b.root + b.value + edgeStart + denseSlot + labels + targets + dense
    }

    /// The node reached from `node` over byte `b`, or -1.
    @inline(__always)
    private func child(_ s: UnsafeBufferPointer<Int32>, _ node: Int, _ b: UInt8) -> Int {
        let slot = Int(s[denseSlotAt &+ node])
        if slot >= 0 {
            guard b >= 0x80 && b <= 0xBF else { return -1 }
            return Int(s[denseAt &+ slot &* 64 &+ Int(b &- 0x80)])
        }
        var k = Int(s[edgeStartAt &+ node])
        let end = Int(s[edgeStartAt &+ node &+ 1])
        let label = Int32(b)
        while k < end {
            if s[labelsAt &+ k] == label { return Int(s[targetsAt &+ k]) }
            k &+= 1
        }
        return -1
    }

    /// The longest pattern starting at `index` and ending by `limit`: its value and end offset.
    @inline(__always)
    func longestMatch(in bytes: [UInt8], at index: Int, limit: Int) -> (value: Int, end: Int)? {
        longestMatchNode(in: bytes, at: index, limit: limit).map { ($0.value, $0.end) }
    }

    /// `longestMatch` with the node the match ends on: each distinct pattern has its own node,
    /// so facts about a pattern can be worked out once, when the set is built.
    func longestMatchNode(in bytes: [UInt8], at index: Int, limit: Int) -> (value: Int, end: Int, node: Int)? {
        let limit = min(limit, bytes.count)
        guard index >= 0, index < limit else { return nil }
        return storage.withUnsafeBufferPointer { s in
            bytes.withUnsafeBufferPointer { p in
                var node = Int(s[Int(p[index])])
                if node < 0 { return nil }
                var best: (Int, Int, Int)? = s[valueAt &+ node] >= 0 ? (Int(s[valueAt &+ node]), index + 1, node) : nil
                var i = index + 1
                while i < limit {
                    node = child(s, node, p[i])
                    if node < 0 { break }
                    i += 1
                    let v = s[valueAt &+ node]
                    if v >= 0 { best = (Int(v), i, node) }
                }
                return best
            }
        }
    }

    /// Every pattern starting at `index` (shortest first), for indexes that must see 台湾 inside 台湾海峡.
    func forEachMatch(in bytes: [UInt8], at index: Int, limit: Int, _ body: (Int, Int) -> Void) {
        let limit = min(limit, bytes.count)
        guard index >= 0, index < limit else { return }
        storage.withUnsafeBufferPointer { s in
            var node = Int(s[Int(bytes[index])])
            if node < 0 { return }
            if s[valueAt &+ node] >= 0 { body(Int(s[valueAt &+ node]), index + 1) }
            var i = index + 1
            while i < limit {
                node = child(s, node, bytes[i])
                if node < 0 { return }
                i += 1
                if s[valueAt &+ node] >= 0 { body(Int(s[valueAt &+ node]), i) }
            }
        }
    }

    /// The longest pattern that ends exactly at `end` (not reaching below `lower`), for a set built
    /// from reversed patterns: its value and start offset.
    func longestSuffixMatch(in bytes: [UInt8], endingAt end: Int, lower: Int) -> (value: Int, start: Int)? {
        let lower = max(lower, 0)
        guard end > lower, end <= bytes.count else { return nil }
        return storage.withUnsafeBufferPointer { s in
            var node = Int(s[Int(bytes[end - 1])])
            if node < 0 { return nil }
            var i = end - 1
            var best: (Int, Int)? = s[valueAt &+ node] >= 0 ? (Int(s[valueAt &+ node]), i) : nil
            while i > lower {
                node = child(s, node, bytes[i - 1])
                if node < 0 { break }
                i -= 1
                if s[valueAt &+ node] >= 0 { best = (Int(s[valueAt &+ node]), i) }
            }
            return best
        }
    }
}
