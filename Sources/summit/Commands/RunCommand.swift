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

/// `summit run`: replay scripts, check them against their expected output, or step through
/// them in class.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Replay saved query scripts (*.summit).",
        discussion: """
        Stops at the first failing line (exit status 1) unless --keep-going. A script's expected output lives beside it (tour.summit → tour.expected): --check compares and shows a diff, --rewrite records the current answers.
        """
    )

    @OptionGroup var records: RecordOptions

    @Argument(help: ArgumentHelp("Scripts to run.", valueName: "FILE"), completion: .file(extensions: ["summit"]))
    var files: [String]

    @Flag(name: .long, help: "Print each line before running it.")
    var echo = false

    @Flag(name: .long, help: "Go on after a failing line (still exits 1).")
    var keepGoing = false

    @Flag(name: .long, help: "Compare each script's output with its .expected file; show a diff.")
    var check = false

    @Flag(name: .long, help: "Write each script's output to its .expected file.")
    var rewrite = false

    @Flag(name: .long, help: "Walk through a demo: # comments shown as narration, then each query waits (Enter run, s skip, b back, q quit; other text runs as a query).")
    var step = false

    @Option(name: .long, help: "Output format: table, json, csv or text.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Let the scripts write files (.save, .save!); without it such lines fail.")
    var allowWrite = false

    @Option(name: .long, help: ArgumentHelp("Write the script as one self-contained HTML handout to FILE (never over an existing file unless --force).", valueName: "FILE"),
            completion: .file(extensions: ["html"]))
    var html: String?

    @Flag(name: .long, help: "With --html: replace FILE if it exists.")
    var force = false

    @Option(name: .long, help: "Show record text in English (en), Japanese (ja) or both, English first (both); also the handout's.")
    var lang: AnswerLanguage?

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one script, e.g. summit run Scripts/tour.summit") }
        if check && rewrite { throw ValidationError("--check and --rewrite do not go together; pick one") }
        if step && (check || rewrite) { throw ValidationError("--step is for a live demo; it does not go with --check or --rewrite") }
        if lang != nil && (check || rewrite) {
            throw ValidationError("--lang does not go with --check or --rewrite: expected output is recorded in both languages (a script may set .lang itself)")
        }
        try validateHandout()
    }

    func run() throws {
        let loaded = try records.load()
        // A script named on the command line that is missing, a directory, unreadable or not
        // UTF-8 text is a usage error (exit 2), like a bad --record; nothing runs.
        for f in files {
            if f.isEmpty {
                FileHandleOutput.error("summit: error: a script name is empty; name a .summit file, e.g. summit run Scripts/tour.summit")
                throw ExitCode(2)
            }
            do { _ = try ScriptFile(path: f) } catch {
                FileHandleOutput.error("summit: error: \(error.description)")
                throw ExitCode(2)
            }
        }
        if let html { return try writeHandout(html, records: loaded) }
        if check || rewrite {
            var failed = false
            for f in files where !ScriptCheck(file: f, records: loaded, format: format, allowWrite: allowWrite).run(rewrite: rewrite) { failed = true }
            if failed { throw ExitCode(1) }
            return
        }
        var options = Session.Options(render: Terminal.renderOptions(format: format))
        options.render.language = lang ?? .both
        options.allowWrite = allowWrite
        let session = records.session(loaded, options: options)
        session.attachToProcess(catchingInterrupts: true)
        // A step demo shows each query once itself, so the echo is off there.
        session.options.echo = echo && !step
        let stepper = step ? StepDriver(session: session) : nil
        session.stepper = stepper
        var failures = 0
        for f in files {
            let outcome = session.runScript(path: f, keepGoing: keepGoing)
            if let at = outcome.interruptedAt {
                FileHandleOutput.error("summit: interrupted at \(at) (Ctrl-C); the lines after it did not run")
                throw ExitCode(130)
            }
            failures += outcome.failures
            if outcome.quit || (outcome.failures > 0 && !keepGoing) { break }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

/// Runs a script the way its expected output was recorded (echo on, no color, 100 columns, in
/// the script's own folder) and compares or rewrites.
struct ScriptCheck {
    let file: String
    let records: [Record]
    let format: OutputFormat
    var allowWrite = false
    static let width = 100

    /// The system's reason for a failed write ("Is a directory"), not the error's structure.
    static func reason(_ error: any Error) -> String {
        if let e = error as? CocoaError, let posix = e.userInfo["NSUnderlyingError"] as? POSIXError {
            return String(cString: strerror(posix.code.rawValue))
        }
        return String(describing: error)
    }

    static func expectedPath(for script: String) -> String {
        let url = URL(fileURLWithPath: script)
        return url.deletingPathExtension().appendingPathExtension("expected").path
    }

    /// The transcript: every line of output and error, in order.
    func transcript() -> String {
        var out: [String] = []
        let session = Session(records: records, options: FrozenBundle.options(Session.Options(render: RenderOptions(format: format, color: false, width: Self.width))),
                              write: { out.append($0) }, writeError: { out.append($0) })
        session.options.echo = true
        session.options.allowWrite = allowWrite
        session.attachToProcess(catchingInterrupts: true)
        let url = URL(fileURLWithPath: file).standardizedFileURL
        let previous = FileManager.default.currentDirectoryPath
        // Relative paths inside the script resolve from its folder; if that cannot be entered, say so.
        guard FileManager.default.changeCurrentDirectoryPath(url.deletingLastPathComponent().path) else {
            return "error: cannot enter \(url.deletingLastPathComponent().path) to run \(url.lastPathComponent)\n"
        }
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let outcome = session.runScript(path: url.lastPathComponent, keepGoing: true)
        if let at = outcome.interruptedAt {
            FileHandleOutput.error("summit: interrupted at \(at) (Ctrl-C); nothing was compared")
            exitProcess(130)
        }
        out.append("# \(outcome.ran) lines ran, \(outcome.failures) failed")
        return out.joined(separator: "\n") + "\n"
    }

    func run(rewrite: Bool) -> Bool {
        let got = transcript()
        let expected = Self.expectedPath(for: file)
        if rewrite {
            do {
                try Data(got.utf8).write(to: URL(fileURLWithPath: expected), options: .atomic)
                FileHandleOutput.write("wrote \(shown(expected))")
                return true
            } catch {
                FileHandleOutput.error("summit: error: cannot write \(expected): \(Self.reason(error))")
                return false
            }
        }
        guard let data = FileManager.default.contents(atPath: expected) else {
            FileHandleOutput.error("summit: error: \(expected): no expected output; record it with summit run --rewrite \(file)")
            return false
        }
        let want = String(decoding: data, as: UTF8.self)
        if want == got {
            FileHandleOutput.write("ok \(shown(file))")
            return true
        }
        FileHandleOutput.write("FAILED \(shown(file)): output differs from \(shown(expected))")
        // The diff quotes record text and script lines: each line escaped like a table cell.
        let diff = lineDiff(old: want, new: got, oldName: expected, newName: "actual")
        FileHandleOutput.write(diff.split(separator: "\n", omittingEmptySubsequences: false).map { visible(String($0)) }.joined(separator: "\n"))
        return false
    }
}
