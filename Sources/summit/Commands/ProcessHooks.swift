import CSignals
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SummitGloss
import SummitKit

extension Session {
    /// Ties a session to this process: a signal that ends summit removes the file `.save` is
    /// writing, large `.record` loads show progress on a terminal, and — where a person can
    /// press Ctrl-C to stop work rather than summit (the prompt, `summit run`) — Ctrl-C cancels
    /// the running query, script or load.
    func attachToProcess(catchingInterrupts: Bool) {
        pendingFile = { path in
            guard let path else { summit_pending_file_clear(); return true }
            return summit_pending_file_set(path) == 0
        }
        loadProgress = ProgressLine.reporter()
        // Reports with no English rendering of their own get a word gloss (loaded on first use).
        let glosser = WordGlosser(environment: { ProcessEnvironment.current[$0] })
        gloss = { glosser.gloss($0).text }
        if catchingInterrupts {
            Interrupt.catchInterrupts()
            cancellation = Interrupt.cancellation
        }
    }
}
