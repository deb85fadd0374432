import Foundation
import Testing

/// `summit run SCRIPT --html FILE`: the guided tour's handout, rendered by headless Chromium
/// (not blank, no console message: the page runs no script, so any message is a blocked load
/// or an error), read strictly as HTML, and checked for every query and every cited line.
@Suite(.serialized) struct HandoutPageTests {
    static let install = "apt-get install -y chromium (the README's test command installs it when missing)"

    /// Chromium's path, or nil when it is not installed.
    static var chromium: String? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init) + ["/usr/bin"]
        for dir in path { for name in ["chromium", "chromium-browser"] where FileManager.default.isExecutableFile(atPath: dir + "/" + name) { return dir + "/" + name } }
        return nil
    }

    /// Headless Chromium on a page (at most 60 s); its own profile folder so runs never share state.
    static func chromium(_ chrome: String, _ page: URL, _ mode: [String], in dir: URL) throws -> Safety.ShellResult {
        let args = [chrome, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0", "--no-first-run",
                    "--user-data-dir=" + dir.appendingPathComponent("profile").path] + mode + [page.absoluteString]
        let quoted = args.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let r = try Safety.bash("timeout 60 " + quoted + " </dev/null", directory: dir)
        if r.status == 124 { Issue.record("chromium took over 60 s on \(page.path)") }
        return r
    }

    /// Console lines Chromium logged (`…:INFO:CONSOLE:1] "Uncaught …", source: …`).
    static func consoleLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") || $0.contains("Uncaught") }
    }

    @Test func tourHandoutRendersWithEveryQueryAndCitedLine() throws {
        guard let chrome = Self.chromium else {
            Issue.record("Chromium is not installed, so the handout cannot be rendered: \(Self.install)")
            return
        }
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let tour = SummitProcess.packageRoot.appendingPathComponent("Scripts/tour.summit")
        let page = dir.url.appendingPathComponent("tour.html")
        let r = try SummitProcess.run(["run", tour.path, "--html", page.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("wrote ") && r.stdout.contains("0 failed"))
        let html = try String(contentsOf: page, encoding: .utf8)

        // Self-contained: nothing to fetch, and a policy that would block it anyway.
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        for outside in ["src=", "@import", "url(", "<link"] { #expect(!html.contains(outside), "\(outside) in the page") }
        #expect(html.contains("@media print") && html.contains("size: A4"))

        // Read strictly: balanced, quoted, only the page's own tags, every link has its target.
        let structure = HTMLStructure(html)
        #expect(structure.problems.isEmpty, "\(structure.problems.prefix(5))")
        let ids = Set(structure.ids)
        #expect(Set(structure.links).subtracting(ids).isEmpty, "links without a target: \(Set(structure.links).subtracting(ids).sorted())")
        #expect(html.contains("<svg class=\"timeline\"") && html.contains("JST"))

        // Every query, in order, each in its own step, linking each line its answer cites
        // (the lines under `line`/`lines` anywhere in the answer's JSON rows).
        let queries = try Self.queries(tour)
        let steps = html.components(separatedBy: "<section class=\"step\">").dropFirst()
        #expect(steps.count == queries.count)
        for (query, step) in zip(queries, steps) {
            #expect(step.contains("<code class=\"q\">\(Self.escapedText(query))</code>"), "query \(query) not shown in its step")
            // The rows as JSON, whatever format the script's line asks for.
            let bare = ["table", "json", "csv", "text", "expanded"].reduce(query) { q, f in q.hasSuffix(" as " + f) ? String(q.dropLast(f.count + 4)) : q }
            let answer = try SummitProcess.run(["-e", bare, "--format", "json"])
            let json = try JSONSerialization.jsonObject(with: Data(answer.stdout.utf8))
            for line in Self.citedLines(json) {
                #expect(step.contains("href=\"#r1-L\(line)\""), "\(query): line \(line) not linked")
                #expect(ids.contains("r1-L\(line)"), "\(query): line \(line) missing from the record section")
            }
        }

        // Rendered: a screenshot with ink on it, and no console message.
        let shot = dir.url.appendingPathComponent("shot.png")
        let s = try Self.chromium(chrome, page, ["--screenshot=" + shot.path, "--window-size=1000,1400"], in: dir.url)
        #expect(Self.consoleLines(s.stderr).isEmpty, "\(Self.consoleLines(s.stderr))")
        let png = try PNGPixels(Data(contentsOf: shot))
        #expect(png.width == 1000 && png.height == 1400)
        let ink = png.inked
        #expect(ink.pixels > png.width * png.height / 50, "only \(ink.pixels) pixels differ from the background")
        #expect(ink.colours > 20, "only \(ink.colours) colours: a blank page?")

        // Printed: A4 pages (Chromium's default paper is US Letter, so this is the page's @page rule).
        let pdf = dir.url.appendingPathComponent("tour.pdf")
        _ = try Self.chromium(chrome, page, ["--no-pdf-header-footer", "--print-to-pdf=" + pdf.path], in: dir.url)
        let boxes = Self.mediaBoxes(try Data(contentsOf: pdf))
        #expect(boxes.count > 1, "the tour should print on several pages, got \(boxes.count)")
        #expect(boxes.allSatisfy { abs($0.0 - 595) < 2 && abs($0.1 - 842) < 2 }, "pages not A4: \(Set(boxes.map { "\($0.0)x\($0.1)" }))")

        // As the browser's own parser reads it: the queries are there as text.
        let dom = try Self.chromium(chrome, page, ["--dump-dom"], in: dir.url)
        #expect(Self.consoleLines(dom.stderr).isEmpty, "\(Self.consoleLines(dom.stderr))")
        for query in queries { #expect(dom.stdout.contains(">\(Self.domText(query))</code>"), "DOM lacks \(query)") }
        #expect(dom.stdout.contains("<mark>"))
    }

    /// The console check itself catches an error and a blocked load (else it could never fail).
    @Test func consoleCheckCatchesErrors() throws {
        guard let chrome = Self.chromium else {
            Issue.record("Chromium is not installed: \(Self.install)")
            return
        }
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let page = try dir.file("bad.html", "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head><body><p>x</p><img src=\"http://127.0.0.1:9/x.png\"></body></html>")
        let r = try Self.chromium(chrome, page, ["--dump-dom"], in: dir.url)
        #expect(!Self.consoleLines(r.stderr).isEmpty, "a blocked load was not reported: \(r.stderr)")
        #expect(!HTMLStructure("<p>a<img src=x onerror=alert(1)></p>").problems.isEmpty)
        #expect(!HTMLStructure("<p>a &amp b</p>").problems.isEmpty)
    }

    /// Width and height in points of each page of a PDF (`/MediaBox [0 0 W H]`, written plainly by Chromium).
    static func mediaBoxes(_ pdf: Data) -> [(Double, Double)] {
        let text = String(decoding: pdf, as: Unicode.ASCII.self)
        return text.components(separatedBy: "/MediaBox [").dropFirst().compactMap { rest in
            let numbers = rest.prefix { $0 != "]" }.split(separator: " ").compactMap { Double($0) }
            return numbers.count == 4 ? (numbers[2] - numbers[0], numbers[3] - numbers[1]) : nil
        }
    }

    /// Text as the page escapes it.
    static func escapedText(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    /// Text as a DOM serialiser writes it (quotes left as they are).
    static func domText(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Every `line` and `lines` number under an answer's `rows`, at any depth.
    static func citedLines(_ json: Any) -> Set<Int> {
        guard let answer = json as? [String: Any], let rows = answer["rows"] else { return [] }
        var out = Set<Int>()
        func walk(_ v: Any) {
            if let a = v as? [Any] { a.forEach(walk) }
            if let o = v as? [String: Any] {
                if let n = o["line"] as? Int { out.insert(n) }
                if let ns = o["lines"] as? [Int] { out.formUnion(ns) }
                for (k, v) in o where k != "lines" { walk(v) }
            }
        }
        walk(rows)
        return out
    }

    /// The query lines of a script (not comments, blank lines or dot-commands).
    static func queries(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix(".") }
    }
}
