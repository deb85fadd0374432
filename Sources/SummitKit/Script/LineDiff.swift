/// A unified-style diff of two texts by lines (longest common subsequence), for
/// `summit run --check`: what the script printed against what it should print.
public func lineDiff(old: String, new: String, oldName: String, newName: String, context: Int = 2) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Trim the common head and tail so the quadratic table only covers what changed.
    var head = 0
    while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
    var tail = 0
    while tail < a.count - head && tail < b.count - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
    let x = Array(a[head..<(a.count - tail)]), y = Array(b[head..<(b.count - tail)])
    var ops: [(Character, String)] = []
    if x.count * y.count > 4_000_000 {
        ops = x.map { ("-", $0) } + y.map { ("+", $0) }
    } else {
        var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] { ops.append((" ", x[i])); i += 1; j += 1 }
            else if j < y.count, i == x.count || table[i][j + 1] >= table[i + 1][j] { ops.append(("+", y[j])); j += 1 }
            else { ops.append(("-", x[i])); i += 1 }
        }
    }
    var out = ["--- \(oldName)", "+++ \(newName)", "@@ line \(head + 1) @@"]
    for k in max(0, head - context)..<head { out.append("  " + a[k]) }
    for (op, line) in ops { out.append("\(op) " + line) }
    for k in (a.count - tail)..<min(a.count, a.count - tail + context) { out.append("  " + a[k]) }
    return out.joined(separator: "\n")
}
