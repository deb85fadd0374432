import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SummitKit

/// Writing to the terminal or pipe, and what the terminal can show.
///
/// Writes go straight to the file descriptors: Foundation's `FileHandle.write` traps when the
/// write fails (a full disk, a closed stdout), and a crash trace is no way to say "disk full".
/// A failed write ends summit the way coreutils end: a reader that went away (EPIPE) quietly
/// with 141, anything else with one line on stderr and status 1.
enum FileHandleOutput {
    static func write(_ text: String) {
        writeAll(1, text + "\n", stream: "standard output")
    }
    /// Nothing on the error stream is colored, so every control character in it came from the
    /// user or a file (a path, an argument) and is shown visibly rather than sent raw.
    static func errorNoNewline(_ text: String) {
        writeAll(2, printableMessage(text), stream: "standard error")
    }
    static func error(_ text: String) {
        writeAll(2, printableMessage(text) + "\n", stream: "standard error")
    }

    /// Writes every byte or ends the process: status 141 on EPIPE, else 1 after one line on
    /// stderr (when stderr itself still works).
    static func writeAll(_ fd: Int32, _ text: String, stream: String) {
        var text = text
        let failure: Int32? = text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        guard let code = failure else { return }
        if code == EPIPE { exitProcess(141) }
        if fd != 2 {
            let reason = String(validatingCString: strerror(code))?.lowercased() ?? "error \(code)"
            var message = "summit: error: cannot write to \(stream): \(reason)\n"
            _ = message.withUTF8 { Glibc.write(2, $0.baseAddress!, $0.count) }
        }
        exitProcess(1)
    }

    /// A closed stdin, stdout or stderr would hand its number to the next file summit opens (a
    /// record, the history file) and answers would be written into that file. Each closed one is
    /// taken by a read-only /dev/null instead: writing there fails with EBADF, so a closed stdout
    /// still reports one clean error.
    static func guardStandardDescriptors() {
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let held = open("/dev/null", O_RDONLY)
            if held >= 0 && held != fd { dup2(held, fd); close(held) }
        }
    }
}

enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
    static var stdinIsTerminal: Bool { isatty(0) == 1 }
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// Color only on a terminal, never with NO_COLOR (any value) or TERM=dumb.
    static func colorAllowed(environment: ProcessEnvironment = .current) -> Bool {
        stdoutIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// The width to wrap tables to: the terminal's, else $COLUMNS, else none (pipes get full text).
    static func width(environment: ProcessEnvironment = .current) -> Int? {
        if stdoutIsTerminal {
            var size = winsize()
            if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        if let c = environment["COLUMNS"], let n = Int(c), n > 20 { return n }
        return nil
    }

    static func renderOptions(format: OutputFormat) -> RenderOptions {
        RenderOptions(format: format, color: colorAllowed(), width: width())
    }
}

func exitProcess(_ code: Int32) -> Never { exit(code) }

extension OutputFormat: ExpressibleByArgument {}
extension AnswerLanguage: ExpressibleByArgument {}
