/// The plainer forms an English word may stand for, for looking it up when it is not itself
/// listed: people type "invested", "welcomed", "talks", "tariffs" for the lexicon's "invest",
/// "welcome", "talk", "tariff". Tried in order, longest remainder first; only for words of
/// letters, and never shorter than three letters, so "US" or "as" stay themselves.
enum EnglishStems {
    static func candidates(_ word: String) -> [String] {
        let lower = word.lowercased()
        guard lower.count >= 4, lower.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.isASCII }) else { return [] }
        var out: [String] = []
        func add(_ s: Substring, _ tail: String = "") {
            let stem = String(s) + tail
            if stem.count >= 3, stem != lower, !out.contains(stem) { out.append(stem) }
        }
        if lower.hasSuffix("ies") { add(lower.dropLast(3), "y") }
        if lower.hasSuffix("ied") { add(lower.dropLast(3), "y") }
        if lower.hasSuffix("es") { add(lower.dropLast(2)) }
        if lower.hasSuffix("s"), !lower.hasSuffix("ss") { add(lower.dropLast()) }
        if lower.hasSuffix("ed") {
            add(lower.dropLast(1))          // welcomed → welcome
            add(lower.dropLast(2))          // invested → invest
            let stem = lower.dropLast(2)    // planned → plan
            if let last = stem.last, stem.dropLast().last == last { add(stem.dropLast()) }
        }
        if lower.hasSuffix("ing") {
            add(lower.dropLast(3))          // meeting → meet
            add(lower.dropLast(3), "e")     // raising → raise
        }
        return out
    }
}
