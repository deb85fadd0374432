/// A set of byte patterns matched by a trie: at any position it yields the longest pattern that
/// starts there, in time proportional to the match, which keeps entity scanning linear.
///
/// Built with sibling lists in flat arrays (no allocation per node, which made start-up slow),
/// then `frozen()` into contiguous per-node edge runs for fast lookups.
struct BytePatternSet: Sendable {
    // Build form: node → first child, next sibling, edge label.
    private var firstChild: [Int32] = [-1]
    private var nextSibling: [Int32] = [-1]
    private var label: [UInt8] = [0]
    private var value: [Int32] = [-1]
    /// First-level transitions, indexed by byte: the common "no pattern starts here" costs one load.
    private var root = [Int32](repeating: -1, count: 256)
    // Frozen form: node → its children's labels and targets in `edgeLabels/edgeTargets[edgeStart[n]..<edgeStart[n+1]]`.
    private var edgeStart: [Int32] = []
    private var edgeLabels: [UInt8] = []
    private var edgeTargets: [Int32] = []
    /// Nodes with many children (the second and third bytes of Japanese characters) get a direct
    /// table for continuation bytes 0x80–0xBF: `dense[denseSlot[node] * 64 + (b - 0x80)]`.
    private var denseSlot: [Int32] = []
    private var dense: [Int32] = []
    static let denseThreshold = 6

    init() {}

    /// Adds a pattern carrying `value`; a pattern added twice keeps its first value.
    mutating func insert(_ pattern: [UInt8], value v: Int) {
        guard let first = pattern.first else { return }
        edgeStart = []
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

    /// The same set laid out for lookups.
    func frozen() -> BytePatternSet {
        var f = self
        let n = label.count
        f.edgeStart = [Int32](repeating: 0, count: n + 1)
        f.edgeLabels.reserveCapacity(n)
        f.edgeTargets.reserveCapacity(n)
        for node in 0..<n {
            f.edgeStart[node] = Int32(f.edgeLabels.count)
            var c = firstChild[node]
            while c >= 0 {
                f.edgeLabels.append(label[Int(c)]); f.edgeTargets.append(c)
                c = nextSibling[Int(c)]
            }
        }
        f.edgeStart[n] = Int32(f.edgeLabels.count)
        f.denseSlot = [Int32](repeating: -1, count: n)
        for node in 0..<n {
            let a = Int(f.edgeStart[node]), b = Int(f.edgeStart[node + 1])
            guard b - a >= Self.denseThreshold, f.edgeLabels[a..<b].allSatisfy({ $0 >= 0x80 && $0 <= 0xBF }) else { continue }
            f.denseSlot[node] = Int32(f.dense.count / 64)
            var table = [Int32](repeating: -1, count: 64)
            for k in a..<b { table[Int(f.edgeLabels[k] - 0x80)] = f.edgeTargets[k] }
            f.dense.append(contentsOf: table)
        }
        return f
    }

    @inline(__always)
    private func child(_ node: Int, _ b: UInt8) -> Int {
        if !edgeStart.isEmpty {
            let slot = denseSlot[node]
            if slot >= 0 {
                guard b >= 0x80 && b <= 0xBF else { return -1 }
                return Int(dense[Int(slot) &* 64 &+ Int(b &- 0x80)])
            }
            var k = Int(edgeStart[node])
            let end = Int(edgeStart[node + 1])
            while k < end {
                if edgeLabels[k] == b { return Int(edgeTargets[k]) }
                k += 1
            }
            return -1
        }
        var c = firstChild[node]
        while c >= 0 && label[Int(c)] != b { c = nextSibling[Int(c)] }
        return Int(c)
    }

    /// The longest pattern starting at `index` and ending by `limit`: its value and end offset.
    @inline(__always)
    func longestMatch(in bytes: [UInt8], at index: Int, limit: Int) -> (value: Int, end: Int)? {
        longestMatchNode(in: bytes, at: index, limit: limit).map { ($0.value, $0.end) }
    }

    /// `longestMatch` with the node the match ends on: each distinct pattern has its own node,
    /// so facts about a pattern can be worked out once, when the set is built.
    @inline(__always)
    func longestMatchNode(in bytes: [UInt8], at index: Int, limit: Int) -> (value: Int, end: Int, node: Int)? {
        var node = Int(root[Int(bytes[index])])
        if node < 0 { return nil }
        var best: (Int, Int, Int)? = value[node] >= 0 ? (Int(value[node]), index + 1, node) : nil
        var i = index + 1
        while i < limit {
            node = child(node, bytes[i])
            if node < 0 { break }
            i += 1
            if value[node] >= 0 { best = (Int(value[node]), i, node) }
        }
        return best
    }

    /// How many nodes the trie has: node numbers run below this.
    var nodeCount: Int { label.count }

    /// Every pattern starting at `index` (shortest first), for indexes that must see 台湾 inside 台湾海峡.
    func forEachMatch(in bytes: [UInt8], at index: Int, limit: Int, _ body: (Int, Int) -> Void) {
        var node = Int(root[Int(bytes[index])])
        if node < 0 { return }
        if value[node] >= 0 { body(Int(value[node]), index + 1) }
        var i = index + 1
        while i < limit {
            node = child(node, bytes[i])
            if node < 0 { return }
            i += 1
            if value[node] >= 0 { body(Int(value[node]), i) }
        }
    }

    /// The longest pattern that ends exactly at `end` (not reaching below `lower`), for a set built
    /// from reversed patterns: its value and start offset.
    @inline(__always)
    func longestSuffixMatch(in bytes: [UInt8], endingAt end: Int, lower: Int) -> (value: Int, start: Int)? {
        guard end > lower else { return nil }
        var node = Int(root[Int(bytes[end - 1])])
        if node < 0 { return nil }
        var i = end - 1
        var best: (Int, Int)? = value[node] >= 0 ? (Int(value[node]), i) : nil
        while i > lower {
            node = child(node, bytes[i - 1])
            if node < 0 { break }
            i -= 1
            if value[node] >= 0 { best = (Int(value[node]), i) }
        }
        return best
    }
}
