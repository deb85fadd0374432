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

    /// Types `text`, presses Tab and expects the prompt line to read `line` (the typed text is
    /// cleared first with Ctrl-U unless `continuing`).
    private func tab(_ session: TmuxSession, typing text: String, expect line: String, continuing: Bool = false,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        if !continuing { session.send(keys: "C-u") }
        session.type(text)
        session.send(keys: "Tab")
        #expect(session.waitUntil { lastLine($0) == "summit> " + line }, "\(session.screen())", sourceLocation: sourceLocation)
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
        tab(session, typing: "quotes by the o", expect: "quotes by the official")
        tab(session, typing: "what did Ishiba's", expect: "what did Ishiba's aides")
        // After count's `by`, names are offered beside the groupings (speaker, topic, unit).
        tab(session, typing: "count quotes by Am", expect: "count quotes by American")
        // The labels share "American " (space included): one letter more picks one.
        #expect(session.cursor()?.x == "summit> count quotes by American ".count)
        tab(session, typing: "m", expect: "count quotes by American media", continuing: true)
        session.send(keys: "Enter")
        #expect(session.waitFor("(1 row)"), "\(session.screen())")
    }

    @Test func outputAndOnceCompleteFileNames() throws {
        let (session, directory) = try start()
        defer { session.kill(); try? FileManager.default.removeItem(at: directory) }
        try Data().write(to: directory.appendingPathComponent("answers-for-class.txt"))
        tab(session, typing: ".output! answers-f", expect: ".output! answers-for-class.txt")
        tab(session, typing: ".once answ", expect: ".once answers-for-class.txt")
    }
}
