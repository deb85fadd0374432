#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SummitKit

/// Where the history file lives, following the XDG base directory spec: history is *state*
/// (worth keeping, not worth backing up), so `$XDG_STATE_HOME`, defaulting to `~/.local/state`.
enum HistoryLocation {
    /// `$XDG_STATE_HOME/summit/history`, else `~/.local/state/summit/history`; nil when neither
    /// variable gives an absolute path (the spec says to ignore relative ones).
    static func defaultFile(environment: ProcessEnvironment) -> URL? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state, isDirectory: true)
                .appendingPathComponent("summit/history")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local/state/summit/history")
        }
        return nil
    }
}
