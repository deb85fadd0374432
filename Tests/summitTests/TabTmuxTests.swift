import Foundation
import Testing

/// Tab where the list is long (readline's question) and where a speaker's label has several
/// words, at a real terminal.
@Suite(.enabled(if: TmuxSession.isAvailable && SummitBinary.url != nil, "needs tmux and the summit binary"))
struct TabTmuxTests {
    private func start() throws -> (TmuxSession, URL) {
        let binary = try SummitBinary.require()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("summit-tab-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let session = try #require(TmuxSession(
            command: "cd '\(directory.path)' && '\(binary.path)'; echo \"[exited $?]\"; sleep 600",
            environment: ["XDG_STATE_HOME": directory.appendingPathComponent("state").path, "HOME": directory.path],
            width: 80, height: 40, prefix: "shell-tab"))
        #expect(session.waitFor("summit>"), "no prompt:\n\(session.screen())")
        return (session, directory)
    }

    private func lastLine(_ screen: String) -> String {
        screen.split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test func overAHundredCandidatesAsksFirst() throws {
        let (session, directory) = try start()
        defer { session.kill(); try? FileManager.default.removeItem(at: directory) }
        session.type("quotes about ")
        session.send(keys: "Tab")
        #expect(session.waitFor("possibilities? (y or n)"), "\(session.screen())")
        let question = session.screen().split(separator: "\n").first { $0.hasPrefix("Display all ") }.map(String.init) ?? ""
        let count = Int(question.dropFirst("Display all ".count).prefix { $0.isNumber }) ?? 0
        #expect(count > 100, "\(question)")
        let rowsBefore = session.screen().split(separator: "\n").count

        // n: nothing listed, the line is back as it was.
        session.send(keys: "n")
        #expect(session.waitUntil { lastLine($0) == "summit> quotes about" }, "\(session.screen())")
        #expect(session.screen().split(separator: "\n").count == rowsBefore + 1)

        // y: the whole list, then the line again.
        session.send(keys: "Tab")
        #expect(session.waitUntil { $0.components(separatedBy: "possibilities?").count == 3 })
        session.send(keys: "y")
        #expect(session.waitUntil { lastLine($0) == "summit> quotes about" && $0.split(separator: "\n").count > rowsBefore + 20 },
                "\(session.screen())")
    }

    @Test func speakersOfSeveralWordsComplete() throws {
        let (session, directory) = try start()
        defer { session.kill(); try? FileManager.default.removeItem(at: directory) }
        session.type("quotes by the o")
        session.send(keys: "Tab")
        #expect(session.waitUntil { lastLine($0) == "summit> quotes by the official" }, "\(session.screen())")
        session.send(keys: "C-u")
        session.type("what did Ishiba's")
        session.send(keys: "Tab")
        #expect(session.waitUntil { lastLine($0) == "summit> what did Ishiba's aides" }, "\(session.screen())")
        session.send(keys: "C-u")
        // After count's `by`, names are offered beside the groupings (speaker, topic, unit).
        session.type("count quotes by Am")
        session.send(keys: "Tab")
        #expect(session.waitUntil { lastLine($0) == "summit> count quotes by American" }, "\(session.screen())")
        // The labels share "American " (space included): one letter more picks one.
        #expect(session.cursor()?.x == "summit> count quotes by American ".count)
        session.type("m")
        session.send(keys: "Tab")
        #expect(session.waitUntil { lastLine($0) == "summit> count quotes by American media" }, "\(session.screen())")
        session.send(keys: "Enter")
        #expect(session.waitFor("(1 row)"), "\(session.screen())")
    }

    @Test func outputAndOnceCompleteFileNames() throws {
        let (session, directory) = try start()
        defer { session.kill(); try? FileManager.default.removeItem(at: directory) }
        try Data().write(to: directory.appendingPathComponent("answers-for-class.txt"))
        session.type(".output! answers-f")
        session.send(keys: "Tab")
        #expect(session.waitUntil { lastLine($0) == "summit> .output! answers-for-class.txt" }, "\(session.screen())")
        session.send(keys: "C-u")
        session.type(".once answ")
        session.send(keys: "Tab")
        #expect(session.waitUntil { lastLine($0) == "summit> .once answers-for-class.txt" }, "\(session.screen())")
    }
}
