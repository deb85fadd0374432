import Foundation
import Testing

/// `summit run SCRIPT --html FILE` as a command: what it refuses, what it replaces, and how a
/// failing query shows (no browser needed).
@Suite struct HandoutCommandTests {
    @Test func refusesAnExistingFileUnlessForced() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let script = try dir.file("s.summit", "# Who spoke about LNG.\nwho said LNG\n")
        let page = try dir.file("s.html", "keep me")
        let refused = try SummitProcess.run(["run", script.path, "--html", page.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("exists; add --force to replace it"))
        #expect(try String(contentsOf: page, encoding: .utf8) == "keep me")
        let forced = try SummitProcess.run(["run", script.path, "--html", page.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout == "wrote \(page.path): 1 query, 0 failed\n")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<p class=\"narration\">Who spoke about LNG.</p>"))
        // Nothing is left beside it (the temporary file is renamed or removed).
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted() == ["s.html", "s.summit"])
    }

    @Test func aFailingQueryIsShownInThePageAndNamedOnStderr() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let script = try dir.file("f.summit", "people limit 1\nfigurs in yen\n.timer on\n")
        let page = dir.url.appendingPathComponent("f.html")
        let r = try SummitProcess.run(["run", script.path, "--html", page.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("f.summit:2:1: error: unknown query 'figurs'"))
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<p class=\"error\">error: unknown query &#39;figurs&#39;"))
        #expect(html.contains("<code class=\"q\">.timer on</code>") && html.contains("not run for the handout"))
    }

    /// `--lang en` makes a handout for a class that reads no Japanese: speakers and quotes in
    /// English, and each cited line of the record in its English rendering alone.
    @Test func langEnglishMakesAnEnglishHandout() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let script = try dir.file("e.summit", "what did Trump say about Alaska\n")
        let both = dir.url.appendingPathComponent("both.html"), english = dir.url.appendingPathComponent("en.html")
        let r = try SummitProcess.run(["run", script.path, "--html", english.path, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try SummitProcess.run(["run", script.path, "--html", both.path]).status == 0)
        let en = try String(contentsOf: english, encoding: .utf8), bilingual = try String(contentsOf: both, encoding: .utf8)
        #expect(bilingual.contains("トランプ大統領") && bilingual.contains("<p class=\"ja\" lang=\"ja\">"))
        #expect(!en.contains("トランプ大統領"), "a Japanese name in the English handout")
        #expect(!en.contains("<p class=\"ja\" lang=\"ja\">") && en.contains("<p class=\"en\">"))
        #expect(en.contains("Alaska is the major oil and gas"))
        // A replay takes --lang too.
        let replay = try SummitProcess.run(["run", script.path, "--lang", "en"])
        #expect(replay.status == 0 && !replay.stdout.contains("トランプ大統領"), "\(replay.stdout)\(replay.stderr)")
    }

    @Test func usageErrorsAreOneLineAndExitTwo() throws {
        let tour = SummitProcess.packageRoot.appendingPathComponent("Scripts/tour.summit").path
        let cases: [([String], String)] = [
            (["run", tour, "--force"], "--force only goes with --html"),
            (["run", tour, tour, "--html", "/tmp/x.html"], "name exactly one"),
            (["run", tour, "--html", "/tmp/x.html", "--check"], "does not go with --check"),
            (["run", tour, "--html", ""], "empty file name"),
            (["run", tour, "--check", "--lang", "en"], "--lang does not go with --check"),
        ]
        for (args, message) in cases {
            let r = try SummitProcess.run(args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        }
        let folder = try SummitProcess.run(["run", tour, "--html", FileManager.default.temporaryDirectory.path])
        #expect(folder.status == 1 && folder.stderr.contains("is a directory"))
    }
}
