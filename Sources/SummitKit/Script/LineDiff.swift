/// A unified-style diff of two texts by lines, for `summit run --check`: what the script printed
/// against what it should print. The standard library's `difference(from:)` finds the fewest
/// lines removed and inserted; at each change the removed lines are listed before the inserted.
public func lineDiff(old: String, new: String, oldName: String, newName: String, context: Int = 2) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Trim the common head and tail: the diff covers what changed, with `context` lines around.
    var head = 0
    while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
    var tail = 0
    while tail < a.count - head && tail < b.count - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
    let x = Array(a[head..<(a.count - tail)]), y = Array(b[head..<(b.count - tail)])
    var out = ["--- \(oldName)", "+++ \(newName)", "@@ line \(head + 1) @@"]
    for k in max(0, head - context)..<head { out.append("  " + a[k]) }
    if x.count * y.count > 4_000_000 {
        // Two large, different outputs: the whole change as removed then inserted, in linear time.
        out += x.map { "- " + $0 } + y.map { "+ " + $0 }
    } else {
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in y.difference(from: x) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, removed.contains(i) { out.append("- " + x[i]); i += 1 }
            else if j < y.count, inserted.contains(j) { out.append("+ " + y[j]); j += 1 }
            else { out.append("  " + x[i]); i += 1; j += 1 }
        }
    }
    for k in (a.count - tail)..<min(a.count, a.count - tail + context) { out.append("  " + a[k]) }
    return out.joined(separator: "\n")
}
