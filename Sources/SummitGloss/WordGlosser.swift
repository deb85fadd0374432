/// A word-by-word English gloss of Japanese text, for reports that have no English rendering
/// of their own. MeCab splits the text into words with their dictionary forms; EDICT gives each
/// its first English sense; names are romanised. It is a crib, not a translation, and says so:
/// every line starts with `[gloss]`.
///
/// Make one and keep it (or copies of it: they share one loaded dictionary). Nothing is loaded
/// when it is made; the first `gloss(_:)` opens MeCab and reads EDICT (about a fifth of a second
/// in a release build), later ones only look words up. Safe to call from any thread.
public struct WordGlosser: Sendable {
    private let resources: GlossResources

    /// `environment` looks up a variable of the process environment (or a test's):
    /// `SUMMIT_GLOSS_HIDE=mecab|edict` pretends a dependency is missing, `SUMMIT_EDICT=FILE`
    /// reads another EDICT file.
    public init(environment: (String) -> String?) {
        resources = GlossResources(environment: GlossEnvironment(environment))
    }

    public init(environment: [String: String]) {
        self.init(environment: { environment[$0] })
    }

    /// The gloss of `japanese`, or the one line saying which package is missing. Never throws,
    /// never stops the process: a missing library or dictionary is an answer, not an error.
    public func gloss(_ japanese: String) -> Gloss {
        switch resources.prepare(japanese) {
        case .failure(let missing):
            return .unavailable(missing.message)
        case .success(let (morphemes, rules)):
            let words = rules.words(morphemes)
            guard !words.isEmpty else { return .words(Gloss.label + " —") }
            var line = Gloss.label
            for (k, word) in words.enumerated() {
                line += word == GlossRules.sentenceBreak ? " /" : (k == 0 || words[k - 1] == GlossRules.sentenceBreak ? " " : " · ") + word
            }
            return .words(line)
        }
    }
}
