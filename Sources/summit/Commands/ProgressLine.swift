#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SummitKit

/// One line on a terminal's stderr that shows how a large record load is going, redrawn in
/// place when the percentage changes and wiped when the load is done. Nothing is shown when
/// stderr is not a terminal (a log would fill with carriage returns).
final class ProgressLine: @unchecked Sendable {
    private var shown = ""

    /// The reporter to hand to a load, or nil off a terminal.
    static func reporter() -> (@Sendable (LoadProgress) -> Void)? {
        guard Terminal.stderrIsTerminal else { return nil }
        let line = ProgressLine()
        return { line.show($0) }
    }

    private func show(_ progress: LoadProgress) {
        let text = progress.stage == .done ? "" : progress.line
        guard text != shown else { return }
        let wipe = String(repeating: " ", count: shown.unicodeScalars.count)
        // Written as is: the carriage returns are ours, and `line` has the name escaped already.
        FileHandleOutput.writeAll(2, "\r" + wipe + "\r" + text, stream: "standard error")
        shown = text
    }
}
