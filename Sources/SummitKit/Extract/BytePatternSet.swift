/// A set of byte patterns matched by a trie: at any position it yields the longest pattern that
/// starts there, in time proportional to the match, which keeps entity scanning linear.
struct BytePatternSet: Sendable {
    private struct Node: Sendable {
        var keys: [UInt8] = []
        var next: [Int32] = []
        var value: Int32 = -1
    }
    private var nodes: [Node] = [Node()]
    /// First-level transitions, indexed by byte, so the common "no pattern starts here" costs one load.
    private var root = [Int32](repeating: -1, count: 256)

    init() {}

    /// Adds a pattern carrying `value`; a pattern added twice keeps its first value.
    mutating func insert(_ pattern: [UInt8], value: Int) {
        guard let first = pattern.first else { return }
        var node: Int
        if root[Int(first)] >= 0 { node = Int(root[Int(first)]) } else {
            nodes.append(Node()); node = nodes.count - 1; root[Int(first)] = Int32(node)
        }
        for b in pattern.dropFirst() {
            if let k = nodes[node].keys.firstIndex(of: b) { node = Int(nodes[node].next[k]); continue }
            nodes.append(Node())
            let child = nodes.count - 1
            nodes[node].keys.append(b)
            nodes[node].next.append(Int32(child))
            node = child
        }
        if nodes[node].value < 0 { nodes[node].value = Int32(value) }
    }

    /// The longest pattern starting at `index` and ending by `limit`: its value and end offset.
    @inline(__always)
    func longestMatch(in bytes: [UInt8], at index: Int, limit: Int) -> (value: Int, end: Int)? {
        var node = Int(root[Int(bytes[index])])
        if node < 0 { return nil }
        var best: (Int, Int)? = nodes[node].value >= 0 ? (Int(nodes[node].value), index + 1) : nil
        var i = index + 1
        while i < limit {
            let n = nodes[node]
            guard let k = n.keys.firstIndex(of: bytes[i]) else { break }
            node = Int(n.next[k])
            i += 1
            if nodes[node].value >= 0 { best = (Int(nodes[node].value), i) }
        }
        return best
    }

    /// The longest pattern that ends exactly at `end` (not reaching below `lower`), for a set built
    /// from reversed patterns: its value and start offset.
    @inline(__always)
    func longestSuffixMatch(in bytes: [UInt8], endingAt end: Int, lower: Int) -> (value: Int, start: Int)? {
        guard end > lower else { return nil }
        var node = Int(root[Int(bytes[end - 1])])
        if node < 0 { return nil }
        var i = end - 1
        var best: (Int, Int)? = nodes[node].value >= 0 ? (Int(nodes[node].value), i) : nil
        while i > lower {
            let n = nodes[node]
            guard let k = n.keys.firstIndex(of: bytes[i - 1]) else { break }
            node = Int(n.next[k])
            i -= 1
            if nodes[node].value >= 0 { best = (Int(nodes[node].value), i) }
        }
        return best
    }
}
