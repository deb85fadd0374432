import ArgumentParser
import Foundation
import SummitKit

/// Writing to the terminal or pipe, and what the terminal can show.
enum FileHandleOutput {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
    /// Nothing on the error stream is colored, so every control character in it came from the
    /// user or a file (a path, an argument) and is shown visibly rather than sent raw.
    static func errorNoNewline(_ text: String) {
        FileHandle.standardError.write(Data(printableMessage(text).utf8))
    }
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((printableMessage(text) + "\n").utf8))
    }
}

enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
    static var stdinIsTerminal: Bool { isatty(0) == 1 }

    /// Color only on a terminal, never with NO_COLOR (any value) or TERM=dumb.
    static func colorAllowed(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        stdoutIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// The width to wrap tables to: the terminal's, else $COLUMNS, else none (pipes get full text).
    static func width(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
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
