/// Decides what Tab does with the completer's answer, apart from any EditLine, so the rules
/// (unique match, common prefix, case repair, listing) can be tested without a terminal.
enum CompletionPlan: Equatable {
    /// Insert this text at the cursor.
    case insert(String)
    /// Delete this many characters (Unicode scalars, which is what libedit counts) before the
    /// cursor, then insert the text: used when the typed word differs in case, `tru` → `Trump`.
    case replace(deleting: Int, with: String)
    /// Nothing could be inserted: show these.
    case list([String])
    /// No candidate at all.
    case beep

    /// - Parameters:
    ///   - typed: the word being completed, the text from `wordStart` to the cursor.
    ///   - candidates: full words offered by the completer.
    ///   - nextIsSpace: whether the character after the cursor is already a space, so a unique
    ///     completion does not add a second one.
    static func make(typed: String, candidates: [String], nextIsSpace: Bool) -> CompletionPlan {
        let unique = Array(Set(candidates)).sorted()
        guard let first = unique.first else { return .beep }
        if unique.count == 1 {
            return grow(typed: typed, to: first, suffix: nextIsSpace ? "" : " ") ?? .beep
        }
        let common = commonPrefix(unique)
        if common.count > typed.count, let plan = grow(typed: typed, to: common, suffix: "") {
            return plan
        }
        return .list(candidates.uniquedKeepingOrder())
    }

    /// Turns `typed` into `word`: append the rest when `word` starts with it byte for byte,
    /// otherwise replace it whole (a case difference). Nil when there is nothing to change.
    private static func grow(typed: String, to word: String, suffix: String) -> CompletionPlan? {
        if word.utf8.starts(with: typed.utf8) {
            let rest = String(decoding: word.utf8.dropFirst(typed.utf8.count), as: UTF8.self)
            return rest.isEmpty && suffix.isEmpty ? nil : .insert(rest + suffix)
        }
        return .replace(deleting: typed.unicodeScalars.count, with: word + suffix)
    }

    /// Longest common prefix by Characters, so a Japanese character is never split in half.
    static func commonPrefix(_ words: [String]) -> String {
        guard let first = words.first else { return "" }
        var prefix = first[...]
        for word in words.dropFirst() {
            prefix = prefix.commonPrefix(withCharacters: word)
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }
}

private extension Substring {
    func commonPrefix(withCharacters other: String) -> Substring {
        var end = startIndex
        var otherIndex = other.startIndex
        while end < endIndex, otherIndex < other.endIndex, self[end] == other[otherIndex] {
            end = index(after: end)
            otherIndex = other.index(after: otherIndex)
        }
        return self[startIndex..<end]
    }
}

private extension Array where Element == String {
    func uniquedKeepingOrder() -> [String] {
        var seen = Set<String>()
        return filter { seen.insert($0).inserted }
    }
}
