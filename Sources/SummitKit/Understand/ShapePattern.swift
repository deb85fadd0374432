/// One step of a question shape: words to match (one of several choices, maybe optional) or a
/// named slot that takes one or more units. English shapes match words, Japanese ones characters.
enum PatternElement: Sendable, Equatable {
    case literal(choices: [[String]], optional: Bool)
    case slot(String)

    /// `who (said|talked about) {term}` → literal who, choice of said / talked about, slot term.
    static func parse(_ text: String, japanese: Bool) -> [PatternElement] {
        var out: [PatternElement] = []
        var plain = ""
        func units(_ s: String) -> [String] {
            japanese ? s.map { String($0) } : s.lowercased().split(separator: " ").map(String.init)
        }
        func flushPlain() {
            for u in units(plain) { out.append(.literal(choices: [[u]], optional: false)) }
            plain = ""
        }
        var i = text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            // A switch, not a dictionary literal: that was built anew for every character of every shape at start-up.
            let close: Character? = switch ch { case "{": "}"; case "(": ")"; case "[": "]"; default: nil }
            if let close, let end = text[i...].firstIndex(of: close) {
                flushPlain()
                let inner = String(text[text.index(after: i)..<end])
                if ch == "{" {
                    out.append(.slot(inner))
                } else {
                    out.append(.literal(choices: inner.split(separator: "|").map { units(String($0)) }, optional: ch == "["))
                }
                i = text.index(after: end)
            } else {
                plain.append(ch)
                i = text.index(after: i)
            }
        }
        flushPlain()
        return out
    }
}

/// Matches a shape against a question's units, trying each way of filling its slots until
/// `accept` takes one. Slots are filled shortest first, so `what did {speaker} say about {term}`
/// gives the speaker the fewest words that still let the rest match.
struct ShapeMatcher {
    let pattern: [PatternElement]
    /// Units compared with the pattern (lower-cased words, or characters).
    let keys: [String]
    /// Whether units may be left over after the last literal (Japanese verb endings: 同席しましたか).
    var openEnded = false

    typealias Bindings = [String: Range<Int>]

    func match(accept: (Bindings) -> Bool) -> Bindings? {
        var found: Bindings?
        var steps = 0
        func go(_ e: Int, _ u: Int, _ bound: Bindings) -> Bool {
            steps += 1
            if steps > 20_000 { return false }  // a pathological line gives up instead of spinning
            if e == pattern.count {
                guard u == keys.count || openEnded, accept(bound) else { return false }
                found = bound
                return true
            }
            switch pattern[e] {
            case .literal(let choices, let optional):
                for choice in choices where u + choice.count <= keys.count && Array(keys[u..<(u + choice.count)]) == choice {
                    if go(e + 1, u + choice.count, bound) { return true }
                }
                return optional && go(e + 1, u, bound)
            case .slot(let name):
                let last = e == pattern.count - 1
                var end = last ? keys.count : u + 1
                while end <= keys.count {
                    var next = bound
                    next[name] = u..<end
                    if go(e + 1, end, next) { return true }
                    end += 1
                }
                return false
            }
        }
        _ = go(0, 0, [:])
        return found
    }
}
