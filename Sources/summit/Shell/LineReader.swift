import CEditLine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import Glibc
import SummitKit

/// The shell's only view of its input, so the REPL loop is the same for a person at a terminal
/// and for a script piped in.
protocol LineReader: AnyObject {
    func read(prompt: String) -> LineInput
    /// Adds a line to history (in memory and, for the editor, the history file).
    func remember(_ line: String)
    /// Entries oldest first.
    var history: [String] { get }
    /// Warnings to print once (e.g. history file unwritable).
    var warnings: [String] { get }
}

/// Picks the editor only when a person can see it: libedit disables editing anyway when either
/// end is not a terminal, and piped lines must never reach the history file. libedit is opened
/// only here (CEditLine), so nothing else summit does loads it.
func makeLineReader(programName: String, completer: @escaping (String) -> Completion) -> LineReader {
    if isatty(0) == 1 && isatty(1) == 1 {
        // SUMMIT_EDITLINE_HIDE (for tests) behaves as if libedit were not installed.
        guard ProcessEnvironment.current["SUMMIT_EDITLINE_HIDE"] == nil, summit_editline_open() == 1 else {
            return PlainLineReader(warnings: ["libedit is not installed, so there is no prompt, line editing or history (apt-get install libedit2)"])
        }
        let file = HistoryLocation.defaultFile(environment: .current)
        return LineEditor(programName: programName, historyFile: file, completer: completer)
    }
    return PlainLineReader()
}
