import Foundation
import Glibc
import Testing

/// Issue 13, part 1: a script cannot write files unless the user allows it, `~` is $HOME, and
/// `.save` writes one resolved path. A sandbox folder stands in for $HOME.
@Suite struct ScriptWriteTests {
    static let attack = "who said \"$(id > pwned)\"\n.save! ~/.bashrc\n"

    @Test func scriptLinesThatWriteFilesAreRefusedInEveryWayOfRunningThem() throws {
        let home = try TemporaryFolder(); defer { home.remove() }
        let bashrc = try home.file(".bashrc", "# the user's own\n")
        let script = try home.file("demo.summit", Self.attack)
        try Data("whatever\n".utf8).write(to: home.url.appendingPathComponent("demo.expected"))
        let env = ["HOME": home.url.path]
        let runs: [(String, [String], String?)] = [
            ("summit run", ["run", script.path], nil),
            ("summit run --check", ["run", "--check", script.path], nil),
            ("summit run --keep-going", ["run", "--keep-going", script.path], nil),
            ("piped stdin", [], Self.attack),
            (".run at the prompt", ["-e", ".run \(script.path)"], nil),
        ]
        for (what, args, stdin) in runs {
            let r = try SummitProcess.run(args, stdin: stdin, environment: env, directory: home.url)
            #expect(r.status == 1, "\(what): \(r.status) \(r.stderr)")
            // --check records errors in its transcript, so the refusal shows in its diff on stdout.
            let refusal = (r.stderr + r.stdout).split(separator: "\n").filter { $0.contains(".save! writes a file") }
            #expect(refusal.count == 1, "\(what): \(r.stderr)")
            #expect(refusal.first?.contains("--allow-write") == true, "\(what): \(r.stderr)")
            #expect(try String(contentsOf: bashrc, encoding: .utf8) == "# the user's own\n", "\(what) replaced .bashrc")
            #expect(!FileManager.default.fileExists(atPath: home.url.appendingPathComponent("pwned").path))
        }
        // The refusal names the script line for `summit run`.
        let r = try SummitProcess.run(["run", script.path], environment: env)
        #expect(r.stderr.contains("demo.summit:2:1: error: .save! writes a file, which a script may not do; allow it with summit run --allow-write"), "\(r.stderr)")

        // Allowed on purpose, the same script writes (to $HOME, not the password database's home).
        let allowed = try SummitProcess.run(["run", "--allow-write", script.path], environment: env)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(try String(contentsOf: bashrc, encoding: .utf8).hasPrefix("# summit script; record: "))
        #expect(!FileManager.default.fileExists(atPath: home.url.appendingPathComponent("pwned").path), "nothing was executed")
    }

    @Test func typedLinesStillSaveAndTildeIsHome() throws {
        let home = try TemporaryFolder(); defer { home.remove() }
        let r = try SummitProcess.run(["-e", "count quotes", "-e", ".save ~/typed.summit"], environment: ["HOME": home.url.path])
        #expect(r.status == 0, "\(r.stderr)")
        let saved = try String(contentsOf: home.url.appendingPathComponent("typed.summit"), encoding: .utf8)
        #expect(saved.hasSuffix("\ncount quotes\n"))
        // ~user is not looked up in the password database; it is refused with a hint.
        let other = try SummitProcess.run(["-e", "count quotes", "-e", ".save ~root/x.summit"], environment: ["HOME": home.url.path])
        #expect(other.status == 1)
        #expect(other.stderr.contains("~user paths are not expanded"), "\(other.stderr)")
        // The exists-check sees the expanded path: .save (no !) never replaces ~/typed.summit.
        let again = try SummitProcess.run(["-e", "people", "-e", ".save ~/typed.summit"], environment: ["HOME": home.url.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("exists; use .save!"), "\(again.stderr)")
        #expect(try String(contentsOf: home.url.appendingPathComponent("typed.summit"), encoding: .utf8) == saved)
    }

    @Test func saveKeepsTheModeWritesThroughALinkAndLeavesNoTemporaryFile() throws {
        let home = try TemporaryFolder(); defer { home.remove() }
        let secret = try home.file("private.summit", "old\n")
        chmod(secret.path, 0o600)
        try FileManager.default.createDirectory(at: home.url.appendingPathComponent("dotfiles"), withIntermediateDirectories: true)
        let real = try home.file("dotfiles/linked.summit", "old\n")
        symlink(real.path, home.url.appendingPathComponent("linked.summit").path)
        let r = try SummitProcess.run(["-e", "people limit 1", "-e", ".save! ~/private.summit", "-e", ".save! ~/linked.summit"],
                                      environment: ["HOME": home.url.path])
        #expect(r.status == 0, "\(r.stderr)")
        var st = stat()
        stat(secret.path, &st)
        #expect(st.st_mode & 0o7777 == 0o600, "a 0600 file stays 0600")
        lstat(home.url.appendingPathComponent("linked.summit").path, &st)
        #expect(st.st_mode & S_IFMT == S_IFLNK, "the link is still a link")
        #expect(try String(contentsOf: real, encoding: .utf8).hasSuffix("people limit 1\n"))
        let left = try FileManager.default.contentsOfDirectory(atPath: home.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(left.isEmpty, "\(left)")
    }

    /// Part 5: a record name with a newline, a space and controls goes into the header escaped,
    /// and replaying the saved script runs exactly the lines saved.
    @Test func recordNamesRoundTripThroughSaveAndReplay() throws {
        let dir = try TemporaryFolder(); defer { dir.remove() }
        let name = "r b\n.save! pwned.summit\n\(Safety.hostile)-2031-04-01.txt"
        let record = try dir.file(name, Safety.record(megabytes: 0.01))
        let script = dir.url.appendingPathComponent("s.summit")
        let r = try SummitProcess.run(["--record", record.path, "-e", "count quotes", "-e", ".save \(script.path)"])
        #expect(r.status == 0, "\(r.stderr)")
        Safety.expectClean(r.stdout + r.stderr, "save")
        let text = try String(contentsOf: script, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2, "header and one query: \(text.debugDescription)")
        Safety.expectClean(text, "saved script")
        let replay = try SummitProcess.run(["run", "--allow-write", "--record", record.path, script.path])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(!replay.stderr.contains("answers may differ"), "the header names the same record: \(replay.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("pwned.summit").path))
    }
}
