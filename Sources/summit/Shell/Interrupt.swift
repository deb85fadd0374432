import CSignals
import SummitKit

/// Ctrl-C as a request to cancel, shared between the prompt, scripts and long-running work.
/// The flag itself is defined once, in the CSignals target's C file.
enum Interrupt {
    /// SIGINT stops setting-the-flag-only from here on (the prompt and `summit run` call this);
    /// before, Ctrl-C ends the process after removing any half-written file.
    static func catchInterrupts() {
        _ = summit_catch_interrupt()
    }

    /// True once Ctrl-C was pressed since the last `clear()`; long work polls this and stops.
    static var isPending: Bool { summit_interrupted() != 0 }

    static func clear() {
        summit_clear_interrupt()
    }

    /// What long work in SummitKit polls.
    static var cancellation: Cancellation { Cancellation { summit_interrupted() != 0 } }
}
