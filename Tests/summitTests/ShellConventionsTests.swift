import Foundation
import Testing

/// What users of sqlite3 and psql reach for: answers to a file, `.show`, `.read`, going back to
/// the bundled record, a query as an argument, stopping after a failing `-e`, line numbers in
/// piped errors, what `.save` keeps, and notes kept off stdout for JSON.
@Suite struct ShellConventionsTests {
    @Test func outputSendsAnswersToAFileAndNeverOverwritesWithoutBang() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let r = try SummitProcess.run(["-e", ".output a.txt", "-e", "count figures", "-e", "count quotes", "-e", ".output stdout", "-e", "count people"],
                                      directory: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        let file = try String(contentsOf: dir.url.appendingPathComponent("a.txt"), encoding: .utf8)
        #expect(file.contains("│ figures") && file.contains("│ quotes ("))
        #expect(!r.stdout.contains("│ figures") && !r.stdout.contains("│ quotes ("), "answers leaked to stdout:\n\(r.stdout)")
        #expect(!file.contains("understood as: overview count and people") && r.stdout.contains("count and people"))

        // The file exists now: .output refuses, names the forcing form, and answers stay on stdout.
        let again = try SummitProcess.run(["-e", ".output a.txt"], directory: dir.url)
        #expect(again.status == 1)
        #expect(again.stderr.contains("a.txt exists; use .output! a.txt"), "\(again.stderr)")
        #expect(try String(contentsOf: dir.url.appendingPathComponent("a.txt"), encoding: .utf8) == file)

        let forced = try SummitProcess.run(["-e", ".output! a.txt", "-e", "count quotes"], directory: dir.url)
        #expect(forced.status == 0)
        let replaced = try String(contentsOf: dir.url.appendingPathComponent("a.txt"), encoding: .utf8)
        #expect(replaced.contains("│ quotes (") && !replaced.contains("│ figures"))
    }

    @Test func onceTakesTheNextAnswerOnly() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let r = try SummitProcess.run(["-e", ".once b.txt", "-e", "count figures as json", "-e", "count quotes"], directory: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        let data = try Data(contentsOf: dir.url.appendingPathComponent("b.txt"))
        #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "the file is not the one JSON answer")
        #expect(r.stdout.contains("│ quotes (") && !r.stdout.contains("figures"))
        // The file gets whole lines, not lines cut to the screen's width (nor color codes).
        let narrow = try SummitProcess.run(["-e", ".once w.txt", "-e", "who said LNG", "-e", "who said LNG"],
                                           environment: ["COLUMNS": "50"], directory: dir.url)
        let wide = try String(contentsOf: dir.url.appendingPathComponent("w.txt"), encoding: .utf8)
        #expect(wide.split(separator: "\n").contains { $0.count > 100 }, "\(wide)")
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 50 } && narrow.stdout.contains("LNG"))
        #expect(!wide.contains("\u{1B}"))
        let bare = try SummitProcess.run(["-e", ".once"], directory: dir.url)
        #expect(bare.status == 1 && bare.stderr.contains(".once needs a file name"))
    }

    @Test func outputIsRefusedInScriptsAndPipedInputWithoutAllowWrite() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let script = try dir.file("w.summit", ".output out.txt\ncount figures\n")
        let r = try SummitProcess.run(["run", script.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("w.summit:1:1: error: .output writes a file"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("out.txt").path))
        let piped = try SummitProcess.run([], stdin: ".once out.txt\ncount figures\n", directory: dir.url)
        #expect(piped.stderr.contains("<stdin>:1:1: error: .once writes a file"), "\(piped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("out.txt").path))
        // Going back to the screen writes nothing, so it is always allowed.
        let back = try dir.file("b.summit", ".output stdout\ncount figures\n")
        #expect(try SummitProcess.run(["run", back.path]).status == 0)
        let allowed = try SummitProcess.run(["run", "--allow-write", script.path])
        #expect(allowed.status == 0)
        #expect(try String(contentsOf: dir.url.appendingPathComponent("out.txt"), encoding: .utf8).contains("│ figures"))
    }

    @Test func showListsEverySetting() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let r = try SummitProcess.run(["-e", ".format csv", "-e", ".lang en", "-e", ".timer on", "-e", ".once x.txt", "-e", ".show"], directory: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        let settings = Dictionary(uniqueKeysWithValues: r.stdout.split(separator: "\n").map { line in
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return (parts[0], parts[1])
        })
        #expect(settings["format"] == "csv" && settings["lang"] == "en" && settings["timer"] == "on")
        #expect(settings["echo"] == "off" && settings["trace"] == "off")
        #expect(settings["output"] == "x.txt (next answer only)")
        #expect(settings["record"]?.hasSuffix(".txt") == true)
        // .show is not an answer: the .once file (created at once, as sqlite3 does) stays empty.
        #expect(try Data(contentsOf: dir.url.appendingPathComponent("x.txt")).isEmpty)
    }

    @Test func readIsRunUnderSqlite3sName() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let script = try dir.file("r.summit", "count figures\n")
        let read = try SummitProcess.run(["-e", ".read \(script.path)"])
        let run = try SummitProcess.run(["-e", ".run \(script.path)"])
        #expect(read.status == 0 && read.stdout == run.stdout && read.stdout.contains("│ figures"))
        let help = try SummitProcess.run(["-e", ".help"])
        #expect(help.stdout.contains(".read FILE") && help.stdout.contains(".show") && help.stdout.contains(".output"))
    }

    @Test func recordReturnsToBundledAndRefusesScripts() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let record = try dir.file("tiny.txt", "会談\n\n大野外相は「協力を深めたい」と述べました。\n")
        let script = try dir.file("demo.summit", "count figures\n")
        let plain = try dir.file("notes.txt", "who said LNG\ncount figures\n")
        let r = try SummitProcess.run(["-e", ".record \(record.path)", "-e", ".records", "-e", ".record", "-e", ".records",
                                       "-e", ".record \(record.path)", "-e", ".record bundled", "-e", ".records"])
        #expect(r.status == 0, "\(r.stderr)")
        let tables = r.stdout.components(separatedBy: "record ").filter { $0.contains("│") }
        #expect(r.stdout.contains("loaded tiny.txt"))
        let bundledName = try SummitProcess.run(["-e", ".records"]).stdout
        #expect(r.stdout.hasSuffix(bundledName), "not back on the bundled record:\n\(r.stdout)")
        #expect(tables.count >= 3)

        let s = try SummitProcess.run(["-e", ".record \(script.path)"])
        #expect(s.status == 1)
        #expect(s.stderr.split(separator: "\n").count == 1)
        #expect(s.stderr.contains("looks like a script") && s.stderr.contains(".run \(script.path)"), "\(s.stderr)")
        let p = try SummitProcess.run(["-e", ".record \(plain.path)", "-e", ".records"])
        #expect(p.status == 1)
        #expect(p.stderr.contains("no Japanese text") && p.stderr.contains(".run"), "\(p.stderr)")
        #expect(p.stdout.isEmpty, "a failed .record must stop the -e lines")
    }

    @Test func aQueryAsAnArgumentRunsLikeE() throws {
        let positional = try SummitProcess.run(["count figures"])
        let e = try SummitProcess.run(["-e", "count figures"])
        #expect(positional.status == 0 && positional.stdout == e.stdout && e.stdout.contains("│ figures"))
        // Through the argument parser too (an option the fast path does not take).
        let parsed = try SummitProcess.run(["--allow-write", "count figures"])
        #expect(parsed.status == 0 && parsed.stdout == e.stdout, "\(parsed.stderr)")
        let json = try SummitProcess.run(["--format", "json", "who said LNG"])
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil)
        // A subcommand's name first is still the subcommand.
        let facts = try SummitProcess.run(["facts", "--kind", "figure", "--format", "json"])
        #expect(facts.status == 0 && facts.stdout.contains("\"kind\": \"figure\""), "\(facts.stdout.prefix(80))")
    }

    @Test func aFailingQueryStopsTheRestAndSaysSoUnlessKeepGoing() throws {
        let r = try SummitProcess.run(["-e", "count figures", "-e", "figures in zork", "-e", "count quotes", "-e", "count people"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("│ figures") && !r.stdout.contains("│ quotes ("))
        #expect(r.stderr.contains("stopped at query 2 of 4; the 2 after it did not run (--keep-going runs them)"), "\(r.stderr)")
        let kept = try SummitProcess.run(["--keep-going", "-e", "figures in zork", "-e", "count quotes"])
        #expect(kept.status == 1)
        #expect(kept.stdout.contains("│ quotes (") && !kept.stderr.contains("stopped"))
        let parsed = try SummitProcess.run(["--keep-going", "--allow-write", "-e", "figures in zork", "count quotes"])
        #expect(parsed.status == 1 && parsed.stdout.contains("│ quotes ("), "\(parsed.stderr)")
        // The last line failing leaves nothing unrun: no stop message.
        let last = try SummitProcess.run(["-e", "count figures", "-e", "figures in zork"])
        #expect(last.status == 1 && !last.stderr.contains("stopped"))
    }

    @Test func pipedErrorsNameTheInputLine() throws {
        let r = try SummitProcess.run([], stdin: "count figures\n\nfigures in zork\n.bogus\n")
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(r.stderr)")
        #expect(lines.first?.hasPrefix("<stdin>:3:12: error: unknown unit 'zork'") == true, "\(r.stderr)")
        #expect(lines.last?.hasPrefix("<stdin>:4:1: error: unknown command '.bogus'") == true, "\(r.stderr)")
    }

    @Test func saveAfterRunKeepsTheRunLineAndLeavesOutTimings() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let inner = try dir.file("inner.summit", "count quotes\ncount people\n")
        let target = dir.url.appendingPathComponent("saved.summit")
        let r = try SummitProcess.run(["--allow-write"], stdin: "count figures\n.timer on\n.trace on\n.trace off\n.show\n.run \(inner.path)\n.read \(inner.path)\n.save \(target.path)\n")
        #expect(r.status == 0, "\(r.stderr)")
        let saved = try String(contentsOf: target, encoding: .utf8).split(separator: "\n").dropFirst().map(String.init)
        #expect(saved == ["count figures", ".run \(inner.path)", ".read \(inner.path)"])
        // The saved script replays and checks cleanly: no timings in its output.
        #expect(try SummitProcess.run(["run", "--rewrite", target.path]).status == 0)
        #expect(try SummitProcess.run(["run", "--check", target.path]).status == 0)
    }

    @Test func timerAndEchoGoToStderrForJSONAndCSV() throws {
        let r = try SummitProcess.run(["--format", "json", "-e", ".timer on", "-e", ".echo on", "-e", "who said LNG"])
        #expect(r.status == 0)
        #expect((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) != nil, "stdout is not one JSON document:\n\(r.stdout.prefix(200))")
        #expect(r.stderr.contains("who said LNG") && r.stderr.contains("time: "))
        let csv = try SummitProcess.run(["-e", ".timer on", "-e", "count figures as csv"])
        #expect(!csv.stdout.contains("time: ") && csv.stderr.contains("time: "))
        let table = try SummitProcess.run(["-e", ".timer on", "-e", "count figures"])
        #expect(table.stdout.contains("time: ") && table.stderr.isEmpty)
        // jq or python's json.tool, when installed, read it as a pipe would.
        for tool in [["jq", "."], ["python3", "-m", "json.tool"]] {
            guard let path = ["/usr/bin/", "/usr/local/bin/"].map({ $0 + tool[0] }).first(where: FileManager.default.isExecutableFile) else { continue }
            let p = Process()
            p.executableURL = URL(fileURLWithPath: path)
            p.arguments = Array(tool.dropFirst())
            let input = Pipe(); p.standardInput = input
            p.standardOutput = FileHandle.nullDevice; p.standardError = FileHandle.nullDevice
            try p.run()
            try input.fileHandleForWriting.write(contentsOf: Data(r.stdout.utf8))
            try input.fileHandleForWriting.close()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "\(tool[0]) rejected the output")
        }
    }
}
