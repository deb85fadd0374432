import Foundation
import Testing
@testable import SummitKit

/// `.save` pins one path down and writes it without clobbering: a sandbox folder stands in for
/// $HOME.
@Suite struct SafeSaveTests {
    struct Sandbox {
        let path: String
        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("summit-safesave-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        func write(_ name: String, _ text: String, mode: Int = 0o644) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
            chmod(path + "/" + name, mode_t(mode))
        }
        func read(_ name: String) -> String? {
            FileManager.default.contents(atPath: path + "/" + name).map { String(decoding: $0, as: UTF8.self) }
        }
        func names() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }
        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    func save(_ text: String, to path: String, home: String?, overwrite: Bool, announced: inout [String?]) throws(SafeSave.Failure) {
        var log: [String?] = []
        defer { announced = log }
        let target = try SafeSave.target(path, home: home)
        try SafeSave.write(Array(text.utf8), to: target, overwrite: overwrite, pending: { log.append($0); return true }, cancelled: { false })
    }

    @Test func tildeIsHomeNotThePasswordDatabase() throws {
        let home = try Sandbox(); defer { home.remove() }
        #expect(try SafeSave.target("~/x.summit", home: home.path) == SafeSave.realPath(home.path)! + "/x.summit")
        #expect(throws: SafeSave.Failure.self) { try SafeSave.target("~root/x.summit", home: home.path) }
        #expect(throws: SafeSave.Failure.self) { try SafeSave.target("~/x.summit", home: nil) }
        #expect(throws: SafeSave.Failure.self) { try SafeSave.target("/nonexistent-folder/x.summit", home: nil) }
    }

    @Test func withoutOverwriteAnExistingFileIsKept() throws {
        let home = try Sandbox(); defer { home.remove() }
        try home.write(".bashrc", "original")
        var announced: [String?] = []
        #expect(throws: SafeSave.Failure.exists(SafeSave.realPath(home.path)! + "/.bashrc")) {
            try save("who said LNG\n", to: "~/.bashrc", home: home.path, overwrite: false, announced: &announced)
        }
        #expect(home.read(".bashrc") == "original")
        #expect(home.names() == [".bashrc"], "no temporary file left")
    }

    /// The check passes, then another process creates the file before the write lands: link(2)
    /// still refuses, so the newcomer's file survives.
    @Test func aFileCreatedAfterTheCheckIsNotReplaced() throws {
        let home = try Sandbox(); defer { home.remove() }
        let target = try SafeSave.target("late.summit", home: nil, cwd: home.path)
        var raced = false
        #expect(throws: SafeSave.Failure.exists(target)) {
            try SafeSave.write(Array("mine\n".utf8), to: target, overwrite: false, pending: { path in
                if path != nil && !raced { raced = true; try? Data("theirs".utf8).write(to: URL(fileURLWithPath: target)) }
                return true
            }, cancelled: { false })
        }
        #expect(home.read("late.summit") == "theirs")
        #expect(home.names() == ["late.summit"])
    }

    @Test func overwriteKeepsTheModeAndLeavesNoTemporaryFile() throws {
        let home = try Sandbox(); defer { home.remove() }
        try home.write("private.summit", "old", mode: 0o600)
        var announced: [String?] = []
        try save("new\n", to: home.path + "/private.summit", home: nil, overwrite: true, announced: &announced)
        #expect(home.read("private.summit") == "new\n")
        var st = stat()
        stat(home.path + "/private.summit", &st)
        #expect(st.st_mode & 0o7777 == 0o600)
        #expect(home.names() == ["private.summit"])
        // The temporary file was announced (for signal clean-up), in the target's folder, then withdrawn.
        #expect(announced.count == 2)
        #expect(announced.first??.hasPrefix(SafeSave.realPath(home.path)! + "/.private.summit.") == true)
        #expect(announced.last == .some(nil))
    }

    @Test func aSymlinkIsWrittenThroughAndStaysALink() throws {
        let home = try Sandbox(); defer { home.remove() }
        try FileManager.default.createDirectory(atPath: home.path + "/dotfiles", withIntermediateDirectories: true)
        try home.write("dotfiles/demo.summit", "old")
        symlink(home.path + "/dotfiles/demo.summit", home.path + "/demo.summit")
        var announced: [String?] = []
        try save("new\n", to: home.path + "/demo.summit", home: nil, overwrite: true, announced: &announced)
        var st = stat()
        lstat(home.path + "/demo.summit", &st)
        #expect(st.st_mode & S_IFMT == S_IFLNK, "the link is still a link")
        #expect(home.read("dotfiles/demo.summit") == "new\n")
        // A link to nothing is refused rather than guessed at.
        symlink(home.path + "/missing.summit", home.path + "/dangling.summit")
        #expect(throws: SafeSave.Failure.self) { try save("x\n", to: home.path + "/dangling.summit", home: nil, overwrite: true, announced: &announced) }
        #expect(!FileManager.default.fileExists(atPath: home.path + "/missing.summit"))
    }

    /// A link planted where the temporary file will be is not followed (O_EXCL | O_NOFOLLOW):
    /// the next name is taken instead.
    @Test func aPlantedTemporaryNameIsNotFollowed() throws {
        let home = try Sandbox(); defer { home.remove() }
        try home.write("victim", "keep")
        let real = SafeSave.realPath(home.path)!
        symlink(real + "/victim", real + "/.s.summit.\(getpid()).0.tmp")
        var announced: [String?] = []
        try save("new\n", to: real + "/s.summit", home: nil, overwrite: false, announced: &announced)
        #expect(home.read("victim") == "keep")
        #expect(home.read("s.summit") == "new\n")
    }

    @Test func cancelledBeforeTheFinalStepLeavesNothing() throws {
        let home = try Sandbox(); defer { home.remove() }
        let target = try SafeSave.target("c.summit", home: nil, cwd: home.path)
        #expect(throws: SafeSave.Failure.self) {
            try SafeSave.write(Array("x\n".utf8), to: target, overwrite: false, pending: { _ in true }, cancelled: { true })
        }
        #expect(home.names().isEmpty)
    }
}
