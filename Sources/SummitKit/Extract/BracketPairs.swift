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

    /// The four bracket characters, for `CharacterRoles`.
    static let brackets: StartFilter = {
        var f = StartFilter()
        for b in [UTF8Bytes.openQuote, UTF8Bytes.closeQuote, UTF8Bytes.openDouble, UTF8Bytes.closeDouble] { f.insert(b) }
        return f
    }()

    /// The top-level pairs in `range` (a heading line, say), read from the bytes.
    static func topLevelPairs(_ bytes: [UInt8], in range: Range<Int>) -> [BracketPair] {
        var positions: [Int] = []
        bytes.withUnsafeBufferPointer { p in
            var i = max(range.lowerBound, 0)
            let upper = min(range.upperBound, p.count)
            while i + 3 <= upper {
                if p[i] == 0xE3, p[i + 1] == 0x80 { positions.append(i); i += 3 } else { i += 1 }
            }
        }
        return topLevelPairs(bytes, at: positions, in: range)
    }

    /// The top-level pairs among the brackets at `positions` (offsets of 「」『』 in text order;
    /// other E3 80 xx characters there are passed over).
    static func topLevelPairs(_ bytes: [UInt8], at positions: [Int], in range: Range<Int>) -> [BracketPair] {
        var pairs: [BracketPair] = []
        var stack: [Int] = []
        var overflow = 0
        for i in positions where i >= range.lowerBound && i + 3 <= range.upperBound {
            let b = bytes[i + 2]
            if b == 0x8C || b == 0x8E {         // 「 『
                if stack.count < maxDepth { stack.append(b == 0x8C ? i : -i - 1) } else { overflow += 1 }
            } else if b == 0x8D || b == 0x8F {  // 」 』
                if overflow > 0 { overflow -= 1 } else if let top = stack.popLast(), stack.isEmpty, top >= 0, b == 0x8D {
                    pairs.append(BracketPair(open: top, close: i))
                }
            }
        }
        return pairs
    }

    /// Whether `offset` lies inside one of `pairs` (brackets included).
    static func isInside(_ offset: Int, _ pairs: [BracketPair]) -> Bool {
        pairs.contains { $0.outer.contains(offset) }
    }
}
