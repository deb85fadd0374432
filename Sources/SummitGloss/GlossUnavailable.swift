/// Each way a gloss can be impossible on this machine, with the one line that says so. Every
/// message names the Debian package that fixes it, because the reader's next step is to
/// install it (the README's set-up command installs all three).
enum GlossUnavailable: Error, Equatable, Sendable {
    /// libmecab.so.2 could not be loaded (or was hidden by SUMMIT_GLOSS_HIDE=mecab).
    case mecabLibrary
    /// The library loaded but its UTF-8 IPA dictionary is missing or would not open.
    case mecabDictionary(String)
    /// The EDICT file is missing, unreadable, or held no entries (or was hidden: =edict).
    case edict(String)

    var message: String {
        switch self {
        case .mecabLibrary:
            return "[gloss unavailable] MeCab (libmecab.so.2) is not installed: apt-get install libmecab-dev mecab-ipadic-utf8"
        case .mecabDictionary(let detail):
            return "[gloss unavailable] MeCab's dictionary \(detail) is missing: apt-get install mecab-ipadic-utf8"
        case .edict(let detail):
            return "[gloss unavailable] the EDICT dictionary \(detail) is missing: apt-get install edict"
        }
    }
}
