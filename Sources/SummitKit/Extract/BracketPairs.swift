/// The top-level 「…」 pairs of a sentence, matched in one pass with a bounded stack, so a
/// line of ten thousand unclosed 「 costs linear time and no deep recursion. 『』 nested inside
/// a 「」 belongs to the quote's text.
struct BracketPair: Equatable {
    /// Offset of 「.
    let open: Int
    /// Offset of 」.
    let close: Int
    var inner: Range<Int> { (open + 3)..<close }
    var outer: Range<Int> { open..<(close + 3) }
}

enum BracketScanner {
    /// Deeper nesting than this is treated as plain text: real reports nest two or three levels.
    static let maxDepth = 64

    static func topLevelPairs(_ bytes: [UInt8], in range: Range<Int>) -> [BracketPair] {
        var pairs: [BracketPair] = []
        var stack: [Int] = []
        var overflow = 0
        var i = range.lowerBound
        while i < range.upperBound {
            if i + 3 <= range.upperBound && bytes[i] == 0xE3 && bytes[i + 1] == 0x80 {
                let b = bytes[i + 2]
                if b == 0x8C || b == 0x8E {         // 「 『
                    if stack.count < maxDepth { stack.append(b == 0x8C ? i : -i - 1) } else { overflow += 1 }
                    i += 3; continue
                }
                if b == 0x8D || b == 0x8F {         // 」 』
                    if overflow > 0 { overflow -= 1; i += 3; continue }
                    if let top = stack.popLast() {
                        if stack.isEmpty && top >= 0 && b == 0x8D {
                            pairs.append(BracketPair(open: top, close: i))
                        }
                    }
                    i += 3; continue
                }
                i += 3; continue
            }
            i += 1
        }
        return pairs
    }

    /// Whether `offset` lies inside one of `pairs` (brackets included).
    static func isInside(_ offset: Int, _ pairs: [BracketPair]) -> Bool {
        pairs.contains { $0.outer.contains(offset) }
    }
}
