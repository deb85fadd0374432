import CEditLine

/// Ctrl-C as a request to cancel, shared between the prompt and long-running work.
///
/// This is the only place that touches the C flag: the shim's `static` functions get one copy
/// of the flag per object file, and Swift compiles each file separately, so routing every use
/// through this one file guarantees a single flag.
enum Interrupt {
    /// Installs the SIGINT handler (no SA_RESTART, so a blocked `el_gets` returns EINTR).
    static func installHandler() {
        _ = summit_install_sigint_handler()
    }

    /// True once Ctrl-C was pressed since the last `clear()`; long work polls this and stops.
    static var isPending: Bool { summit_interrupted() != 0 }

    static func clear() {
        summit_clear_interrupt()
    }
}
