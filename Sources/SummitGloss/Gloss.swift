/// What a reader sees in the English column of a report that has no rendering of its own.
/// Both cases are one line of display text, so a caller can show either without branching;
/// the case tells it whether a gloss was actually made.
public enum Gloss: Sendable, Equatable {
    /// Word-by-word English, labelled so that no one takes it for a translation:
    /// `[gloss] Inoue · Tokyo · investment · not · state`.
    case words(String)
    /// Why there is no gloss, in one line that names the Debian package to install.
    case unavailable(String)

    /// The line to show, whichever case this is.
    public var text: String {
        switch self {
        case .words(let line), .unavailable(let line): return line
        }
    }

    /// The label every gloss line starts with.
    public static let label = "[gloss]"
}
