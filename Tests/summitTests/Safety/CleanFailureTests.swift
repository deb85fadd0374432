import Foundation
import Glibc
import Testing

/// Issue 13, part 4: output that cannot be written, records that are links or too large,
/// scripts that are too large — each ends with one line and a documented status, never a trace.
@Suite struct CleanFailureTests {
    static func expectNoTrace(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for marker in ["Fatal error", "Stack dump", "try!", "Current stack trace", "Illegal instruction", "0x0000"] {
            #expect(!text.contains(marker), "\(what): \(text.prefix(400))", sourceLocation: sourceLocation)
        }
    }

    @Test func aFullDiskOrAClosedStdoutIsOneLineAndStatusOne() throws {
        let cases = [
            ("-e to /dev/full", #""$SUMMIT" -e 'who said LNG' > /dev/full"#, "no space left on device"),
            ("facts to /dev/full", #""$SUMMIT" facts > /dev/full"#, "no space left on device"),
            ("run to /dev/full", #""$SUMMIT" run "$ROOT/Scripts/tour.summit" > /dev/full"#, "no space left on device"),
            ("piped lines to /dev/full", #"echo 'count quotes' | "$SUMMIT" > /dev/full"#, "no space left on device"),
            ("help to /dev/full", #""$SUMMIT" --help > /dev/full"#, "no space left on device"),
            ("-e with stdout closed", #""$SUMMIT" -e 'who said LNG' >&-"#, "bad file descriptor"),
            ("facts with stdout closed", #""$SUMMIT" facts >&-"#, "bad file descriptor"),
        ]
        for (what, command, reason) in cases {
            let r = try Safety.bash("ROOT='\(SummitProcess.packageRoot.path)'; " + command)
            #expect(r.status == 1, "\(what): status \(r.status), \(r.stderr)")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(what): \(r.stderr)")
            #expect(lines.first == Substring("summit: error: cannot write to standard output: \(reason)"), "\(what): \(r.stderr)")
            Self.expectNoTrace(r.stderr, what)
        }
        // When stderr is the full one, there is nowhere to say it: status 1, quietly.
        let both = try Safety.bash(#""$SUMMIT" -e 'figurs' 2>/dev/full; echo "status $?""#)
        #expect(both.stdout == "status 1\n", "\(both.stdout) \(both.stderr)")
    }

    /// A reader that goes away: with SIGPIPE ignored (as some supervisors start programs), the
    /// write fails with EPIPE and summit leaves quietly with 141, as coreutils do.
    @Test func aClosedPipeExitsQuietlyWith141() throws {
        let r = try Safety.bash(#"""
        trap '' PIPE
        for i in $(seq 400); do echo 'who said LNG'; done | "$SUMMIT" 2>"$TMPDIR_ERR" | head -c 100 > /dev/null
        echo "status ${PIPESTATUS[1]}"
        cat "$TMPDIR_ERR"
        """#.replacingOccurrences(of: "$TMPDIR_ERR", with: FileManager.default.temporaryDirectory.appendingPathComponent("epipe-\(UUID().uuidString)").path))
        #expect(r.stdout == "status 141\n", "\(r.stdout.debugDescription) \(r.stderr)")
    }

    @Test func aLinkToARegularFileIsARecordAndOtherLinksSayWhy() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let real = try dir.file("report-2031-04-01.txt", Safety.record(megabytes: 0.01))
        let link = dir.url.appendingPathComponent("linked.txt")
        symlink(real.path, link.path)
        let ok = try SummitProcess.run(["--record", link.path, "-e", "count quotes"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let dangling = dir.url.appendingPathComponent("dangling.txt")
        symlink(dir.url.appendingPathComponent("gone.txt").path, dangling.path)
        let bad = try SummitProcess.run(["--record", dangling.path, "-e", "count quotes"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("is a symbolic link to a missing file"), "\(bad.stderr)")
        let toDir = dir.url.appendingPathComponent("folder.txt")
        symlink(dir.url.path, toDir.path)
        let dirLink = try SummitProcess.run(["--record", toDir.path, "-e", "count quotes"])
        #expect(dirLink.status == 2)
        #expect(dirLink.stderr.contains("is a directory"), "\(dirLink.stderr)")
    }

    /// Sparse files: a limit checked after reading would read (and hold) the whole file.
    @Test func sizesAreCheckedBeforeReadingWithTheLimitAndHowToRaiseIt() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let bigScript = dir.url.appendingPathComponent("huge.summit")
        let bigRecord = dir.url.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: bigScript.path, contents: nil))
        #expect(truncate(bigScript.path, 1 << 30) == 0)     // 1 GB of nothing, never read
        #expect(FileManager.default.createFile(atPath: bigRecord.path, contents: nil))
        #expect(truncate(bigRecord.path, 300 << 20) == 0)

        let s = try SummitProcess.run(["run", bigScript.path], timeout: 10)
        #expect(!s.timedOut)
        #expect(s.status == 2)
        #expect(s.stderr == "summit: error: \(bigScript.path): is 1024 MB, over the 64 MB limit for scripts; split it into smaller scripts run one after another\n", "\(s.stderr)")

        let r = try SummitProcess.run(["--record", bigRecord.path, "-e", "count quotes"], timeout: 10)
        #expect(!r.timedOut)
        #expect(r.status == 2)
        #expect(r.stderr == "summit: error: \(bigRecord.path): is 300 MB, over the 200 MB limit for records; raise the limit with --max-record-mb 300 if it really is one report\n", "\(r.stderr)")

        // The limit is the user's to set, in both directions, and `.record` obeys it too.
        let small = try dir.file("small-2031-04-01.txt", Safety.record(megabytes: 1.5))
        let low = try SummitProcess.run(["--max-record-mb", "1", "--record", small.path, "-e", "count quotes"])
        #expect(low.status == 2)
        #expect(low.stderr.contains("over the 1 MB limit for records; raise the limit with --max-record-mb 2"), "\(low.stderr)")
        let dot = try SummitProcess.run(["--max-record-mb", "1", "-e", ".record \(small.path)"])
        #expect(dot.status == 1)
        #expect(dot.stderr.contains("over the 1 MB limit"), "\(dot.stderr)")
        let bad = try SummitProcess.run(["--max-record-mb", "0", "-e", "count quotes"])
        #expect(bad.status == 2)
    }
}
