/// The environment variables the glosser reads, decoded once when a `WordGlosser` is made.
///
/// - `SUMMIT_GLOSS_HIDE` — for tests: a comma-separated list of `mecab` and/or `edict`; each
///   named dependency is treated as not installed, so the "unavailable" line can be checked on
///   a machine that has everything.
/// - `SUMMIT_EDICT` — the EDICT file to read instead of Debian's `/usr/share/edict/edict`
///   (an EUC-JP file in EDICT or EDICT2 format).
struct GlossEnvironment: Sendable, Equatable {
    static let defaultEdictPath = "/usr/share/edict/edict"
    /// Debian's UTF-8 build of the IPA dictionary; the EUC-JP one would hand back EUC-JP text.
    static let defaultMeCabDictionary = "/var/lib/mecab/dic/ipadic-utf8"

    var hidesMeCab = false
    var hidesEdict = false
    var edictPath = GlossEnvironment.defaultEdictPath
    var mecabDictionary = GlossEnvironment.defaultMeCabDictionary

    /// `variable` looks one variable up (the process's, or a test's).
    init(_ variable: (String) -> String?) {
        let hidden = (variable("SUMMIT_GLOSS_HIDE") ?? "").split(separator: ",").map { $0.lowercased() }
        hidesMeCab = hidden.contains("mecab") || hidden.contains("all")
        hidesEdict = hidden.contains("edict") || hidden.contains("all")
        if let path = variable("SUMMIT_EDICT"), !path.isEmpty { edictPath = path }
    }

    init(_ environment: [String: String]) {
        self.init { environment[$0] }
    }
}
