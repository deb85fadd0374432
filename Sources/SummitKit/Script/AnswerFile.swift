#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// The file `.output FILE` (every answer) or `.once FILE` (the next answer) sends answers to.
///
/// The path is pinned down by `SafeSave.target` like `.save`'s, and the same rule holds: an
/// existing file is never replaced unless asked (`.output! FILE`); the file is created with
/// O_EXCL so one that appears after the check is not clobbered either. Answers are appended
/// as they come, so the file can be watched while the session runs.
final class AnswerFile {
    /// The name as the user typed it, for messages.
    let name: String
    let once: Bool
    private let fd: Int32

    init(_ typed: String, resolved path: String, home: String?, once: Bool, overwrite: Bool) throws(SafeSave.Failure) {
        let target = try SafeSave.target(path, home: home)
        var st = stat()
        if stat(target, &st) == 0 {
            let type = st.st_mode & S_IFMT
            if type == S_IFDIR { throw .refused("\(shown(typed)) is a directory; name a file inside it") }
            if !overwrite { throw .exists(target) }
            if type != S_IFREG { throw .refused("cannot write answers to \(shown(typed)): not a regular file (a device, pipe or socket)") }
        }
        let flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | (overwrite ? O_TRUNC : O_EXCL)
        let fd = open(target, flags, 0o666)
        if fd < 0 {
            if errno == EEXIST { throw .exists(target) }
            throw .refused("cannot write answers to \(shown(typed)): \(describeErrno(errno))")
        }
        self.fd = fd
        self.name = typed
        self.once = once
    }

    deinit { close(fd) }

    /// Appends one answer; the system's reason when it could not be written.
    func append(_ text: String) -> String? {
        SafeSave.writeAll(fd, Array((text + "\n").utf8))
    }
}
