/// Finding one byte string in another: the one home for substring search over UTF-8.
enum ByteSearch {
    /// The first index at or after `from` where `needle` starts in `haystack`, nil when none.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard !needle.isEmpty else { return from <= haystack.count ? from : nil }
        guard haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                let first = n[0], last = h.count - n.count
                var i = from
                outer: while i <= last {
                    if h[i] != first { i += 1; continue }
                    var k = 1
                    while k < n.count {
                        if h[i + k] != n[k] { i += 1; continue outer }
                        k += 1
                    }
                    return i
                }
                return nil
            }
        }
    }
}
