import Foundation
import Testing

/// `summit run --step` driven from a real terminal: the keys a teacher presses (Enter, s, b,
/// q, Ctrl-D, a typed query) and what the class sees, at a narrow and a usual width.
@Suite(.enabled(if: TmuxSession.isAvailable && SummitBinary.url != nil, "needs tmux and the summit binary"))
struct StepTmuxTests {
    /// Long enough that a hard cut at 60 or 80 columns falls inside a word.
    static let narration = "First: how many figures does the report state? Each one is counted once, whatever its currency or its unit of measurement."

    static let script = """
        # \(narration)
        #
        # A second paragraph follows the blank comment.
        count figures

        # Then the quotes.
        count quotes
        # Last, two people.
        people limit 2
        """

    /// Runs `body` on a step demo of `script` in a `width`-column terminal, then cleans up.
    private func withDemo(width: Int, _ body: (TmuxSession) throws -> Void) throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = try start(width: width, in: directory)
        defer { session.kill() }
        try body(session)
    }

    private func start(width: Int, in directory: URL) throws -> TmuxSession {
        let binary = try SummitBinary.require()
        let file = directory.appendingPathComponent("demo.summit")
        try Data(Self.script.utf8).write(to: file)
        let session = try #require(TmuxSession(
            command: "'\(binary.path)' run --step '\(file.path)'; echo \"[exited $?]\"; sleep 600",
            environment: ["XDG_STATE_HOME": directory.appendingPathComponent("state").path, "HOME": directory.path],
            width: width, height: 80, prefix: "shell-step"))
        #expect(session.waitFor("step 1/3 · Enter run · s skip · b back · q quit"), "no status line:\n\(session.screen())")
        return session
    }

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("summit-step-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func count(_ text: String, in screen: String) -> Int {
        screen.components(separatedBy: text).count - 1
    }

    @Test(arguments: [60, 80])
    func typedQueryStaysOnTheStepThenSkipBackRunAndQuit(width: Int) throws {
        try withDemo(width: width) { session in
            // The narration is wrapped at spaces: a hard cut at the width would split a word.
            let cut = Self.narration.index(Self.narration.startIndex, offsetBy: width)
            #expect(Self.narration[cut] != " " && Self.narration[Self.narration.index(before: cut)] != " ")
            let rows = session.screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let shown = rows.prefix { !$0.hasPrefix("A second") }.joined(separator: " ")
            #expect(shown.contains(Self.narration), "narration not wrapped at spaces:\n\(session.screen())")
            #expect(rows.allSatisfy { $0.count <= width })
            // Its blank line is kept, and the query is shown once, not echoed again.
            #expect(rows.contains("") && rows.contains("A second paragraph follows the blank comment."))
            #expect(count("count figures", in: session.screen()) == 1, "\(session.screen())")
            #expect(!session.screen().contains("#"))

            // A typed query runs; the demo stays on step 1.
            session.type("count quotes")
            session.send(keys: "Enter")
            #expect(session.waitUntil { count("step 1/3", in: $0) == 2 }, "\(session.screen())")
            #expect(session.screen().contains("│ quotes ("))
            #expect(!session.screen().contains("│ figures"), "the step ran instead of staying:\n\(session.screen())")

            session.send(keys: "s", "Enter")
            #expect(session.waitFor("step 2/3"), "\(session.screen())")
            #expect(session.screen().contains("▶ count quotes"))
            #expect(!session.screen().contains("│ figures"), "s ran the step:\n\(session.screen())")

            session.send(keys: "b", "Enter")
            #expect(session.waitUntil { count("step 1/3", in: $0) == 3 }, "\(session.screen())")
            session.send(keys: "Enter")
            #expect(session.waitFor("│ figures"), "\(session.screen())")
            #expect(session.waitUntil { count("step 2/3", in: $0) == 2 }, "\(session.screen())")

            session.send(keys: "q", "Enter")
            #expect(session.waitFor("[exited 0]"), "\(session.screen())")
            let screen = session.screen()
            #expect(count("│ quotes (", in: screen) == 1, "q ran step 2:\n\(screen)")
            #expect(!screen.contains("people limit 2") && !screen.contains("step 3/3"))
            let tail = screen.split(separator: "\n").suffix(2).map(String.init)
            #expect(tail == ["› q", "[exited 0]"], "something was printed after q:\n\(screen)")
        }
    }

    @Test(arguments: [60, 80])
    func controlDEndsTheDemoWithoutRunningTheRest(width: Int) throws {
        try withDemo(width: width) { session in
            session.send(keys: "Enter")
            #expect(session.waitFor("step 2/3"), "\(session.screen())")
            #expect(session.screen().contains("│ figures"))
            session.send(keys: "C-d")
            #expect(session.waitFor("[exited 0]"), "\(session.screen())")
            let screen = session.screen()
            #expect(!screen.contains("│ quotes ("), "Ctrl-D ran the remaining steps:\n\(screen)")
            #expect(!screen.contains("people limit 2") && !screen.contains("step 3/3"))
        }
    }
}
