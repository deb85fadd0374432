import Foundation
import Testing

/// The built `summit` executable, which SwiftPM puts next to the test bundle.
enum SummitBinary {
    static let url: URL? = {
        let argumentDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let bundle = Bundle.main.bundleURL
        return [argumentDirectory, bundle, bundle.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("summit") }
            .first { url in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
                    && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: url.path)
            }
    }()

    /// The binary, or an error saying it was not found (the suites are disabled then anyway).
    static func require() throws -> URL {
        guard let url else { throw NotBuilt() }
        return url
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String { "summit executable not found next to the test bundle" }
    }
}

/// A fresh directory for one test's history and HOME, so no test sees a user's ~/.editrc or
/// history, nor another test's.
private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("summit-lineedit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

private func lastNonEmptyLine(_ screen: String) -> String {
    screen.split(separator: "\n").last.map(String.init) ?? ""
}

/// Types into the real line editor in a terminal and reads the screen back. Assertions are on
/// behaviour at the `summit> ` prompt (typing, Tab, history, Ctrl-C, Ctrl-D), not on the demo.
@Suite(.enabled(if: TmuxSession.isAvailable && SummitBinary.url != nil, "needs tmux and the summit binary"))
struct LineEditorTmuxTests {
    /// The prompt as captured: tmux trims the trailing blank of `summit> `.
    static let prompt = "summit>"

    /// Starts summit; after it exits the pane shows `[exited N]` and stays open.
    private func start(in directory: URL) throws -> TmuxSession {
        let binary = try SummitBinary.require()
        let session = try #require(TmuxSession(
            command: "'\(binary.path)'; echo \"[exited $?]\"; sleep 600",
            environment: [
                "XDG_STATE_HOME": directory.appendingPathComponent("state").path,
                "HOME": directory.path,
            ]))
        #expect(session.waitFor(Self.prompt), "no prompt:\n\(session.screen())")
        return session
    }

    @Test func tabCompletesAUniqueWordAndListsSeveral() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = try start(in: directory)
        defer { session.kill() }

        session.send(keys: "wh", "Tab")
        #expect(session.waitUntil { $0.contains("who") && $0.contains("what") }, "\(session.screen())")
        session.send(keys: "o", "Tab")
        // capture-pane trims trailing blanks, so the added space shows in the cursor column.
        #expect(session.waitFor("summit> who"))
        #expect(session.cursor()?.x == 12)
        session.send(keys: "tr", "Tab")  // differs in case: replaced by the candidate
        #expect(session.waitFor("summit> who Trump"), "\(session.screen())")
        #expect(session.cursor()?.x == 18)
        session.send(keys: "Enter")
        #expect(session.waitFor("you typed: who Trump"), "\(session.screen())")
    }

    @Test func japaneseCompletesToTheCommonPrefixAndEditsByCharacter() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = try start(in: directory)
        defer { session.kill() }

        session.send(keys: "トラ", "Tab")
        #expect(session.waitFor("summit> トランプ"), "\(session.screen())")
        session.send(keys: "Tab")
        #expect(session.waitUntil { $0.contains("トランプ大統領") && $0.contains("トランプ氏") },
                "\(session.screen())")
        // Insert before a double-width character, at the start and in the middle.
        session.send(keys: "C-a", "X", "C-e", "Left", "Left", "Y")
        #expect(session.waitFor("summit> XトラYンプ"),
                "\(session.screen())")
        // "summit> " (8) + "XトラY" (1 + 4 + 1) = column 14.
        #expect(session.cursor()?.x == 14)
        session.send(keys: "Enter")
        #expect(session.waitFor("you typed: XトラYンプ"), "\(session.screen())")
    }

    @Test func historyRecallsAndPersistsAcrossRuns() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try start(in: directory)
        first.send(keys: "first line", "Enter")
        #expect(first.waitFor("you typed: first line"))
        first.send(keys: "second トランプ", "Enter")
        #expect(first.waitFor("you typed: second トランプ"))
        first.send(keys: "Up", "Up")
        #expect(first.waitUntil { lastNonEmptyLine($0) == "summit> first line" }, "\(first.screen())")
        first.send(keys: "C-u", "C-d")
        #expect(first.waitFor("[exited 0]"))
        first.kill()

        let second = try start(in: directory)
        defer { second.kill() }
        second.send(keys: "Up")
        #expect(second.waitUntil { lastNonEmptyLine($0) == "summit> second トランプ" }, "\(second.screen())")
        let file = directory.appendingPathComponent("state/summit/history")
        let saved = try String(contentsOf: file, encoding: .utf8)
        #expect(saved.hasPrefix("_HiStOrY_V2_\n"))
        #expect(saved.contains("first\\040line"))
    }

    @Test func ctrlCDropsTheHalfTypedLine() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = try start(in: directory)
        defer { session.kill() }

        session.send(keys: "half typed")
        #expect(session.waitFor("summit> half typed"))
        session.send(keys: "Left", "C-c")
        #expect(session.waitUntil { lastNonEmptyLine($0) == "summit>" }, "\(session.screen())")
        session.send(keys: "ok", "Enter")
        #expect(session.waitFor("you typed: ok"), "\(session.screen())")
        #expect(!session.screen().contains("you typed: half"))
    }

    @Test func ctrlDOnAnEmptyLineExits() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = try start(in: directory)
        defer { session.kill() }

        session.send(keys: "C-d")
        #expect(session.waitFor("[exited 0]"), "\(session.screen())")
        #expect(!session.screen().contains("^D"))
    }
}

/// Input that is not a terminal: plain lines, no prompt, nothing written to the history file.
@Suite(.enabled(if: SummitBinary.url != nil, "needs the summit binary"))
struct PipedInputTests {
    @Test func pipedLinesProduceNoPromptAndNoHistory() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let process = Process()
        process.executableURL = try SummitBinary.require()
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = directory.path
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("who said LNG\r\nlast line without newline".utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()

        #expect(String(decoding: data, as: UTF8.self)
                == "you typed: who said LNG\nyou typed: last line without newline\n")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("summit").path))
    }
}
