import Foundation
import Glibc
import Testing

/// The built binary fed hostile input: broken encodings, huge inputs, terminal control
/// sequences, special files and bad arguments. Every case must end within its time bound with
/// exit status 0, 1 or 2 (never a signal), say what is wrong in one readable line, and never put
/// a raw ESC or C1 control on the terminal.
@Suite struct HostileInputTests {
    // MARK: - Helpers

    /// Exited on its own, in time, with one of summit's documented statuses.
    static func expectSane(_ r: SummitProcess.Result, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!r.timedOut, "\(what): timed out", sourceLocation: sourceLocation)
        #expect(!r.uncaughtSignal, "\(what): killed by signal \(r.status)", sourceLocation: sourceLocation)
        #expect([0, 1, 2].contains(r.status), "\(what): status \(r.status)\n\(r.stderr.prefix(500))", sourceLocation: sourceLocation)
    }

    /// C0 controls that steer a terminal (ESC, BEL) and every C1 control (U+0080–U+009F, of which
    /// U+009B is a one-character CSI). Newline and tab are ordinary output; CR appears in CSV.
    static func rawControls(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { $0 == 0x1B || $0 == 0x07 || $0 == 0x00 || (0x80...0x9F).contains($0) }
    }

    static func expectNoRawControls(_ r: SummitProcess.Result, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(rawControls(r.stdout).isEmpty, "\(what): raw control on stdout: \(rawControls(r.stdout))", sourceLocation: sourceLocation)
        #expect(rawControls(r.stderr).isEmpty, "\(what): raw control on stderr: \(rawControls(r.stderr))", sourceLocation: sourceLocation)
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: true)
    }

    static func write(_ bytes: [UInt8], to url: URL) throws {
        try Data(bytes).write(to: url)
    }

    // MARK: - 1. Records that are not UTF-8 text

    @Test func nonUTF8RecordsGetOneLineNamingTheFileAndTheProblem() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        var generator = SystemRandomNumberGenerator()
        var random = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        random[0] = 0xFF                                            // never valid UTF-8, whatever follows
        let cases: [(String, [UInt8])] = [
            ("random.bin", random),
            // PNG signature and the start of an IHDR chunk.
            ("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]),
            // Bytes no Japanese encoding reads, after a valid ASCII line (the error should point at line 2).
            ("broken.txt", Array("headline\n".utf8) + [0x80, 0xFF, 0xFD, 0x0A]),
        ]
        for (name, bytes) in cases {
            let file = dir.url.appendingPathComponent(name)
            try Self.write(bytes, to: file)
            for args in [["facts", "--record", file.path], ["--record", file.path, "-e", "people"]] {
                let r = try SummitProcess.run(args, timeout: 20)
                Self.expectSane(r, name)
                #expect(r.status == 2, "\(name) \(args[0]): \(r.stderr)")
                #expect(r.stdout.isEmpty)
                let errorLines = Self.lines(r.stderr)
                #expect(errorLines.count == 1, "\(name): \(r.stderr)")
                let line = String(errorLines.first ?? "")
                #expect(line.contains(name), "names the file: \(line)")
                #expect(line.contains("not valid UTF-8") || line.contains("NUL byte"), "says what is wrong: \(line)")
                #expect(line.count < 300)
                Self.expectNoRawControls(r, name)
            }
        }
        let broken = try SummitProcess.run(["facts", "--record", dir.url.appendingPathComponent("broken.txt").path])
        #expect(broken.stderr.contains("line 2"))
    }

    /// Japanese legacy encodings are read, with one note on stderr naming the encoding.
    @Test func japaneseEncodingsAreConvertedWithANote() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let cases: [(String, [UInt8], String)] = [
            // 首相「はい」と述べた。 in UTF-16LE with a byte-order mark.
            ("utf16.txt", [0xFF, 0xFE] + Array("首相は「はい」と述べた。\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "UTF-16"),
            // 日本語です in Shift_JIS after an ASCII line.
            ("sjis.txt", Array("headline\n".utf8) + [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xC5, 0x82, 0xB7, 0x0A], "Shift_JIS"),
        ]
        for (name, bytes, encoding) in cases {
            let file = dir.url.appendingPathComponent(name)
            try Self.write(bytes, to: file)
            let r = try SummitProcess.run(["facts", "--record", file.path], timeout: 20)
            #expect(r.status == 0, "\(name): \(r.stderr)")
            let notes = Self.lines(r.stderr)
            #expect(notes.count == 1 && notes[0].contains(encoding) && notes[0].contains(name), "\(name): \(r.stderr)")
        }
    }

    // MARK: - 2. A record of 100,000 short lines

    @Test func hundredThousandLineRecordFinishesInBoundedTimeAndMemory() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let record = dir.url.appendingPathComponent("many-2025-02-07.txt")
        let pair = "見出し\nトランプ大統領は「よい」と述べた。\n"
        try Data(String(repeating: pair, count: 50_000).utf8).write(to: record)
        let fileSize = try FileManager.default.attributesOfItem(atPath: record.path)[.size] as! Int
        let output = dir.url.appendingPathComponent("facts.jsonl")

        let started = Date()
        #expect(FileManager.default.isExecutableFile(atPath: PeakMemoryRun.timeTool),
                "the peak is measured with GNU time: install the Debian package `time`")
        let run = try #require(PeakMemoryRun.run(["facts", "--record", record.path, "--kind", "quote"], stdout: output, timeout: 60))
        let seconds = Date().timeIntervalSince(started)
        #expect(!run.timedOut, "took over 60 s")
        #expect(!run.signaled)
        #expect(run.status == 0)
        #expect(seconds < 60)

        // The same words by the same speaker are one fact with every place it occurs.
        let text = try String(contentsOf: output, encoding: .utf8)
        let facts = Self.lines(text)
        #expect(facts.count == 1)
        if let first = facts.first,
           let fact = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any] {
            #expect(fact["text"] as? String == "よい")
            #expect((fact["occurrences"] as? [Any])?.count == 50_000)
        }

        // Memory bound: the loader keeps the whole file (1×), the segmenter keeps line, sentence
        // and paragraph offsets (a few machine words per line: ~100k lines × a few dozen bytes),
        // and the one quote keeps 50,000 occurrences that are then printed as ~6 MB of JSON.
        // The debug binary answers a small record in ~22 MB and this one peaks near 130 MB: well
        // under 10 × the file (31 MB) + 200 MB. Anything quadratic, or a copy of the
        // file per line, would blow far past it (100k × 3 MB), so the bound catches the real
        // failure mode without being fragile. Peak RSS is the child's own, from wait4(2).
        let boundKB = (10 * fileSize + (200 << 20)) / 1024
        #expect(run.maxRSSKB > 0)
        #expect(run.maxRSSKB < boundKB, "peak RSS \(run.maxRSSKB) KB over the bound \(boundKB) KB")
    }

    // MARK: - 3. A megabyte on one query line

    @Test func hugeQueryLinesGetAShortErrorInBoundedTime() throws {
        // Linux caps one argv string at 128 KiB (MAX_ARG_STRLEN), so a 1 MB `-e` cannot even be
        // exec'd; 120,000 characters is the largest -e that reaches summit. Stdin gets the full
        // megabyte, once with a newline and once without.
        let junk = "figures " + String(repeating: "x", count: 120_000)
        let viaArgument = try SummitProcess.run(["-e", junk], timeout: 20)
        let megabyte = "figures " + String(repeating: "x", count: 1 << 20)
        let viaStdin = try SummitProcess.run([], stdin: megabyte + "\n", timeout: 30)
        let noNewline = try SummitProcess.run([], stdin: megabyte, timeout: 30)
        // A megabyte of one plain word is a question about that word: a short overview, in bounded time.
        let wordsOnly = try SummitProcess.run([], stdin: String(repeating: "tariffs ", count: 1 << 17) + "\n", timeout: 30)
        Self.expectSane(wordsOnly, "stdin, words")
        #expect(wordsOnly.status == 0)
        #expect(wordsOnly.stdout.hasPrefix("understood as: overview tariffs\n"))
        #expect(wordsOnly.stdout.utf8.count < 100_000)
        for (what, r) in [("-e", viaArgument), ("stdin", viaStdin), ("stdin, no newline", noNewline)] {
            Self.expectSane(r, what)
            #expect(r.status == 1, "\(what)")
            #expect(r.stdout.isEmpty, "\(what)")
            // The echo, the caret and the error: each one short line, the echo cut to a window.
            let errorLines = Self.lines(r.stderr)
            #expect(errorLines.count <= 3, "\(what): \(errorLines.count) lines")
            #expect(errorLines.allSatisfy { $0.utf8.count < 1000 }, "\(what): a line of \(errorLines.map(\.utf8.count).max() ?? 0) bytes")
            #expect(r.stderr.contains("error:"), "\(what)")
            #expect(r.stderr.contains("..."), "\(what): the echoed input is shortened")
        }
    }

    /// A huge query that parses but matches nothing: its note repeats every term.
    @Test
    func hugeTermListNoteIsShortened() throws {
        let query = "who said " + String(repeating: "LNG ", count: 1 << 18)
        let viaStdin = try SummitProcess.run([], stdin: query + "\n", timeout: 30)
        let viaArgument = try SummitProcess.run(["-e", "who said " + String(repeating: "LNG ", count: 30_000)], timeout: 30)
        for (what, r) in [("stdin", viaStdin), ("-e", viaArgument)] {
            Self.expectSane(r, what)
            let longest = r.stdout.split(separator: "\n").map(\.utf8.count).max() ?? 0
            #expect(longest < 4096, "\(what): an output line of \(longest) bytes")
        }
    }

    // MARK: - 4. NUL, control characters and escape sequences

    static let hostileQueries = [
        "who said \u{1B}[2J",
        "who said \"\u{1B}]0;title\u{07}\"",
        "who said \u{9B}31m",
        "figures in \u{1B}[31myen",
        "people\u{01}",
        "source \u{1B}[2J",
        "explain \u{9B}2J",
        ".format \u{1B}[2J",
        ".echo \u{9B}2J",
        ".help \u{1B}]0;title\u{07}",
        ".\u{1B}[2J",
        ".run \u{1B}[2J.summit",
        ".record \u{1B}]0;title\u{07}.txt",
        ".save /nonexistent-summit-dir/\u{1B}[2J.summit",
    ]

    @Test func controlSequencesInQueriesAreShownNotSent() throws {
        for q in Self.hostileQueries {
            let r = try SummitProcess.run(["-e", q], timeout: 20)
            Self.expectSane(r, q.debugDescription)
            #expect(r.status == 1, "\(q.debugDescription): \(r.stderr)")
            Self.expectNoRawControls(r, q.debugDescription)
            // Visible stand-ins, as table cells show them: ␛ for ESC, ␁ for SOH, <U+009B> for C1.
            #expect(r.stderr.contains("\u{241B}") || r.stderr.contains("\u{2401}") || r.stderr.contains("<U+009B>") || r.stderr.contains("U+9B"),
                    "\(q.debugDescription): \(r.stderr)")
        }
        // The same lines piped in, plus NUL bytes (which argv cannot carry), in one session.
        var input = Data()
        for q in Self.hostileQueries + ["peo\u{0}ple", "who said LNG\u{0}\u{1B}[2J", "\u{0}"] {
            input.append(Data((q + "\n").utf8))
        }
        input.append(contentsOf: [0x77, 0x68, 0x6F, 0x20, 0x9B, 0x0A])      // "who " + a raw 0x9B byte (invalid UTF-8)
        input.append(Data("count quotes\n".utf8))
        let r = try SummitProcess.run([], stdinData: input, timeout: 30)
        Self.expectSane(r, "stdin")
        #expect(r.status == 1)
        Self.expectNoRawControls(r, "stdin")
        #expect(r.stdout.contains("120"), "the last, clean line still ran")
        #expect(r.stderr.contains("\u{2400}"), "NUL is shown as ␀")
    }

    static func escapeRecord(in dir: TemporaryFolder) throws -> URL {
        try dir.file("escapes-2025-02-07.txt", """
        見出し
        トランプ大統領は「\u{1B}[31mよい」と述べた。
        石破総理大臣は「\u{9B}2Jだめ\u{1B}]0;title\u{07}」と述べた。

        """)
    }

    @Test func controlSequencesInRecordsAreRenderedVisibly() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let record = try Self.escapeRecord(in: dir)
        let runs: [[String]] = [
            ["--record", record.path, "-e", "quotes"],
            ["--record", record.path, "-e", "quotes as text"],
            ["--record", record.path, "-e", "who said よい"],
            ["--record", record.path, "-e", "source q2"],
            ["--record", record.path, "-e", "source q3", "--format", "text"],
            ["--record", record.path, "-e", "mentions よい"],
            ["--record", record.path, "-e", "count quotes by speaker"],
            ["facts", "--record", record.path, "--format", "table"],
        ]
        for args in runs {
            let r = try SummitProcess.run(args, timeout: 20)
            Self.expectSane(r, args.joined(separator: " "))
            #expect(r.status == 0, "\(args): \(r.stderr)")
            Self.expectNoRawControls(r, args.joined(separator: " "))
        }
        let table = try SummitProcess.run(["--record", record.path, "-e", "quotes"])
        #expect(table.stdout.contains("\u{241B}[31mよい"), "ESC shown as ␛: \(table.stdout)")
        #expect(table.stdout.contains("<U+009B>2J"), "C1 CSI shown as <U+009B>")
        #expect(table.stdout.contains("\u{2407}"), "BEL shown as ␇")
    }

    @Test
    func controlSequencesInRecordsStayEscapedInCSVAndJSON() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let record = try Self.escapeRecord(in: dir)
        for args in [["--record", record.path, "-e", "quotes as csv"],
                     ["--record", record.path, "-e", "quotes as json"],
                     ["--record", record.path, "-e", "source q3 as csv"],
                     ["facts", "--record", record.path],
                     ["facts", "--record", record.path, "--format", "json"]] {
            let r = try SummitProcess.run(args, timeout: 20)
            Self.expectSane(r, args.joined(separator: " "))
            Self.expectNoRawControls(r, args.joined(separator: " "))
        }
    }

    @Test func controlSequencesInPathsAndArgumentsAreShownNotSent() throws {
        let runs: [[String]] = [
            ["--record", "/nonexistent/\u{1B}]0;pwned\u{07}.txt", "-e", "people"],
            ["facts", "--record", "\u{9B}2J.txt"],
            ["run", "/nonexistent/\u{1B}[2J.summit"],
            ["facts", "--format", "\u{1B}[2J"],
            ["facts", "--kind", "\u{1B}[2J"],
        ]
        for args in runs {
            let r = try SummitProcess.run(args, timeout: 20)
            Self.expectSane(r, args.debugDescription)
            #expect(r.status == 2, "\(args.debugDescription): \(r.stderr)")
            Self.expectNoRawControls(r, args.debugDescription)
        }
    }

    // MARK: - 5. Hostile scripts

    @Test func hundredThousandLineScriptRunsInBoundedTime() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        var text = ""
        for i in 0..<100_000 {
            switch i % 4 {
            case 0: text += "count quotes\n"
            case 1: text += "# a comment\n"
            case 2: text += "\n"
            default: text += "   count quotes   \n"
            }
        }
        let script = try dir.file("long.summit", text)
        let r = try SummitProcess.run(["run", script.path], timeout: 60)
        Self.expectSane(r, "100k-line script")
        #expect(r.status == 0, "\(r.stderr.prefix(500))")
        #expect(r.stdout.components(separatedBy: "(1 row)").count - 1 == 50_000)
        #expect(r.stderr.isEmpty)
    }

    @Test func brokenScriptsAreRefusedWithOneLine() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let latin1 = dir.url.appendingPathComponent("latin1.summit")
        try Self.write(Array("count quotes\n# caf".utf8) + [0xE9] + Array("\ncount quotes\n".utf8), to: latin1)
        let nul = dir.url.appendingPathComponent("nul.summit")
        try Self.write(Array("count quotes\npeo".utf8) + [0] + Array("ple\n".utf8), to: nul)
        let folder = dir.url.appendingPathComponent("folder.summit")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (file, problem) in [(latin1, "not valid UTF-8"), (nul, "NUL byte"), (folder, "is a directory")] {
            let r = try SummitProcess.run(["run", file.path], timeout: 20)
            Self.expectSane(r, file.lastPathComponent)
            #expect(r.status == 2, "\(file.lastPathComponent): \(r.stderr)")
            #expect(r.stdout.isEmpty, "nothing ran")
            let errorLines = Self.lines(r.stderr)
            #expect(errorLines.count == 1)
            #expect(r.stderr.contains(file.lastPathComponent) && r.stderr.contains(problem), "\(r.stderr)")
        }
        #expect(try SummitProcess.run(["run", latin1.path]).stderr.contains(":2:"), "points at line 2")
        // Through .run inside a session it is a failing line (exit 1), after the lines before it ran.
        let nested = try SummitProcess.run([], stdin: "count quotes\n.run \(latin1.path)\n", timeout: 20)
        Self.expectSane(nested, ".run latin1")
        #expect(nested.status == 1)
        #expect(nested.stdout.components(separatedBy: "(1 row)").count - 1 == 1)
        #expect(nested.stderr.contains("not valid UTF-8"))
    }

    @Test func emptyScriptsRunNothingAndSucceed() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        for (name, text) in [("empty.summit", ""), ("blank.summit", "\n\n   \n"), ("comments.summit", "# only\n# comments\n")] {
            let script = try dir.file(name, text)
            let r = try SummitProcess.run(["run", script.path], timeout: 20)
            Self.expectSane(r, name)
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(name)")
            #expect(r.stderr.isEmpty, "\(name)")
        }
    }

    // MARK: - 6. .save where it cannot write

    @Test func saveOntoDevicesAndPipesIsRefusedAndLeavesThemAlone() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        // A FIFO first: if .save! ever replaced special files again, this catches it on a file of
        // our own, and the /dev/full check below is skipped rather than break the machine's /dev
        // (as root, a rename over /dev/full succeeds).
        let fifo = dir.url.appendingPathComponent("pipe.summit")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let f = try SummitProcess.run(["--allow-write"], stdin: "count quotes\n.save! \(fifo.path)\n", timeout: 20)
        Self.expectSane(f, ".save! fifo")
        #expect(f.status == 1)
        #expect(f.stderr.contains("cannot save") && f.stderr.contains("not a regular file"), "\(f.stderr)")
        var st = stat()
        let fifoIntact = lstat(fifo.path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO
        #expect(fifoIntact, "the FIFO was replaced")
        guard fifoIntact else { return }

        guard stat("/dev/full", &st) == 0, (st.st_mode & S_IFMT) == S_IFCHR else { return }
        let r = try SummitProcess.run(["--allow-write"], stdin: "count quotes\n.save /dev/full\n.save! /dev/full\n", timeout: 20)
        Self.expectSane(r, ".save /dev/full")
        #expect(r.status == 1)
        let errors = Self.lines(r.stderr)
        #expect(errors.count == 2, "\(r.stderr)")
        #expect(errors.first?.contains("exists; use .save!") == true)
        #expect(errors.last?.contains("cannot save /dev/full") == true)
        #expect(stat("/dev/full", &st) == 0 && (st.st_mode & S_IFMT) == S_IFCHR, "/dev/full is still a device")
    }

    @Test func saveIntoAMissingDirectoryFailsCleanly() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let target = dir.url.appendingPathComponent("no/such/dir/s.summit")
        let r = try SummitProcess.run(["--allow-write"], stdin: "count quotes\n.save \(target.path)\n", timeout: 20)
        Self.expectSane(r, ".save missing dir")
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot save") && r.stderr.contains("no such file or directory"), "\(r.stderr)")
        #expect(Self.lines(r.stderr).count == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("no").path))
    }

    @Test func failedSaveKeepsTheOldFileIntact() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let old = "# the old script\npeople limit 1\n"

        // The temporary file's name (".NAME.PID.tmp") is longer than NAME: a 250-byte name can
        // exist while its temporary cannot (NAME_MAX is 255), so the write fails even for root.
        let longName = String(repeating: "n", count: 243) + ".summit"
        let long = try dir.file(longName, old)
        let l = try SummitProcess.run(["--allow-write"], stdin: "count quotes\n.save! \(long.path)\n", timeout: 20)
        Self.expectSane(l, ".save! long name")
        #expect(l.status == 1)
        #expect(l.stderr.contains("cannot save") && l.stderr.contains("nothing was written"), "\(l.stderr)")
        #expect(try String(contentsOf: long, encoding: .utf8) == old)

        // A read-only folder (0555). Root writes there anyway, so that case is detected by
        // trying, and skipped.
        let sub = dir.url.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let target = sub.appendingPathComponent("s.summit")
        try Data(old.utf8).write(to: target)
        #expect(chmod(sub.path, 0o555) == 0)
        defer { chmod(sub.path, 0o755) }
        let probe = sub.appendingPathComponent("probe")
        if FileManager.default.createFile(atPath: probe.path, contents: Data()) {
            try? FileManager.default.removeItem(at: probe)
            return   // running as root (or with CAP_DAC_OVERRIDE): a 0555 folder does not stop us
        }
        let r = try SummitProcess.run(["--allow-write"], stdin: "count quotes\n.save! \(target.path)\n", timeout: 20)
        Self.expectSane(r, ".save! read-only")
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot save") && r.stderr.contains("permission denied"), "\(r.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: sub.path) == ["s.summit"], "no temporary file left")
    }

    // MARK: - 7. Special files as records and scripts

    @Test func fifosAndDevicesAsRecordsEndPromptly() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let fifo = dir.url.appendingPathComponent("record.txt")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        var cases: [[String]] = [
            ["facts", "--record", fifo.path],
            ["--record", fifo.path, "-e", "people"],
            ["run", fifo.path],
        ]
        for device in ["/dev/zero", "/dev/null", "/dev/urandom"] where FileManager.default.fileExists(atPath: device) {
            cases.append(["facts", "--record", device])
            cases.append(["run", device])
        }
        for args in cases {
            // A loader that read /dev/zero "to the end" would never finish; 20 s says it refused.
            let r = try SummitProcess.run(args, timeout: 20)
            Self.expectSane(r, args.joined(separator: " "))
            #expect(r.status == 2, "\(args): \(r.stderr)")
            #expect(Self.lines(r.stderr).count == 1, "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }

    // MARK: - 8. Arguments

    @Test func badArgumentsAreUsageErrors() throws {
        let cases: [([String], String)] = [
            (["-e"], "-e"),
            (["run", "/nonexistent/script.summit"], "no such script"),
            (["run", ""], "empty"),
            (["facts", "--format", "nonsense"], "nonsense"),
            (["--record", "", "-e", "people"], "empty file name"),
            (["facts", "--record", ""], "empty file name"),
            (["--record"], "--record"),
        ]
        for (args, says) in cases {
            let r = try SummitProcess.run(args, timeout: 20)
            Self.expectSane(r, args.debugDescription)
            #expect(r.status == 2, "\(args.debugDescription): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains(says), "\(args.debugDescription): \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(args.debugDescription)")
        }
    }
}

/// Runs the binary under GNU time, which forks its own small process for it and reports that
/// child's peak resident set (`%M`, KB). Reaping our own posix_spawn child with wait4(2) is not
/// enough: glibc spawns with vfork, and the kernel carries the spawning process's peak into the
/// child's ru_maxrss at exec, so the figure would be the test runner's own (200+ MB when many
/// tests run at once), not summit's.
enum PeakMemoryRun {
    struct Result {
        var status: Int32
        var signaled: Bool
        var maxRSSKB: Int
        var timedOut: Bool
    }

    static let timeTool = "/usr/bin/time"

    static func run(_ arguments: [String], stdout: URL, timeout: TimeInterval) -> Result? {
        let report = stdout.deletingLastPathComponent().appendingPathComponent("peak-memory.txt")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Its own process group, so a timeout kills summit and not only the time process.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        let command = [timeTool, "-f", "%M", "-o", report.path, SummitProcess.binary.path] + arguments
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, timeTool, &actions, &attributes, argv, envp) == 0 else { return nil }

        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped == -1 && errno != EINTR { return nil }
            if Date() > deadline && !timedOut {
                timedOut = true
                kill(-pid, SIGKILL)
            }
            usleep(5_000)
        }
        // time exits with the command's status, or 128 + the signal that ended it; its report's
        // last line is the figure (a line before it may say the command failed).
        let exit = (status >> 8) & 0xff
        let figure = (try? String(contentsOf: report, encoding: .utf8))?
            .split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        return Result(status: exit, signaled: exit >= 128 || (status & 0x7f) != 0,
                      maxRSSKB: figure ?? 0, timedOut: timedOut)
    }
}
