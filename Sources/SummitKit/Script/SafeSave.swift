#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Writing a saved session to disk without ever clobbering what the user did not mean to.
///
/// One path is worked out first (`~` from $HOME, made absolute, its folder's links resolved, a
/// link at the target followed to the file it names) and the exists-check, the temporary file
/// and the final step all use it, so nothing can be checked in one place and written in another.
/// The temporary file is created exclusively (O_EXCL, never following a link) in the target's
/// own folder, takes the old file's permissions, and is announced to `pending` so that a signal
/// ending the process removes it. Without `overwrite` the file is put in place with link(2),
/// which fails if the name exists even when another process created it a moment ago; with it,
/// rename(2) replaces the file in one step. A symbolic link at the target is written through:
/// the file it points to is replaced, the link stays a link.
struct SafeSave {
    enum Failure: Error, Equatable {
        case exists(String)
        case refused(String)
    }

    /// Expands, makes absolute and resolves `path`; the message says what is wrong with it.
    static func target(_ path: String, home: String?,
                       cwd: String = FileManager.default.currentDirectoryPath) throws(Failure) -> String {
        var p = path
        if p == "~" || p.hasPrefix("~/") {
            guard let home, home.hasPrefix("/") else { throw .refused("~ needs $HOME set to an absolute folder; write the full path") }
            p = home + p.dropFirst()
        } else if p.hasPrefix("~") {
            throw .refused("~user paths are not expanded; write the full path")
        }
        if !p.hasPrefix("/") { p = cwd + "/" + p }
        if p.hasSuffix("/") { throw .refused("\(shown(path)) names a folder; name a file inside it") }
        let slash = p.lastIndex(of: "/")!
        let folder = slash == p.startIndex ? "/" : String(p[..<slash])
        let name = String(p[p.index(after: slash)...])
        if name == "." || name == ".." { throw .refused("\(shown(path)) names a folder; name a file inside it") }
        guard let realFolder = realPath(folder) else {
            throw .refused("cannot save \(shown(path)): its folder \(shown(folder)) cannot be used (\(describeErrno(errno))); nothing was written")
        }
        let resolved = (realFolder == "/" ? "" : realFolder) + "/" + name
        var link = stat()
        if lstat(resolved, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
            guard let through = realPath(resolved) else {
                throw .refused("\(shown(path)) is a symbolic link to a missing file; save to the file it should name")
            }
            return through
        }
        return resolved
    }

    static func realPath(_ path: String) -> String? {
        guard let r = realpath(path, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    /// Writes `bytes` to the resolved `target`. `pending(path)` announces the temporary file
    /// (nil when it is gone); `cancelled()` is asked before the final step.
    static func write(_ bytes: [UInt8], to target: String, overwrite: Bool,
                      pending: (String?) -> Bool, cancelled: () -> Bool) throws(Failure) {
        var st = stat()
        var oldMode: mode_t? = nil
        if stat(target, &st) == 0 {
            let type = st.st_mode & S_IFMT
            if type == S_IFDIR { throw .refused("\(shown(target)) is a directory; name a file inside it") }
            if !overwrite { throw .exists(target) }
            // Renaming over /dev/full or a FIFO would put a plain file where a device was.
            if type != S_IFREG { throw .refused("cannot save \(shown(target)): not a regular file (a device, pipe or socket); nothing was written") }
            oldMode = st.st_mode & 0o7777
        }
        let slash = target.lastIndex(of: "/")!
        let folder = String(target[..<slash])
        let name = String(target[target.index(after: slash)...])
        var temp = ""
        var fd: Int32 = -1
        for attempt in 0..<100 {
            temp = folder + "/." + name + ".\(getpid()).\(attempt).tmp"
            guard pending(temp) else { throw .refused("cannot save \(shown(target)): the path is too long; nothing was written") }
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, oldMode ?? 0o666)
            if fd >= 0 || errno != EEXIST { break }
        }
        if fd < 0 {
            let reason = describeErrno(errno)
            _ = pending(nil)
            throw .refused("cannot save \(shown(target)): \(reason); nothing was written")
        }
        func fail(_ reason: String) -> Failure {
            unlink(temp)
            _ = pending(nil)
            return .refused("cannot save \(shown(target)): \(reason); nothing was written")
        }
        // The umask narrowed the mode at creation; the old file's mode is restored exactly.
        if let oldMode, fchmod(fd, oldMode) != 0 { let r = describeErrno(errno); close(fd); throw fail(r) }
        if let reason = writeAll(fd, bytes) { close(fd); throw fail(reason) }
        if close(fd) != 0 { throw fail(describeErrno(errno)) }
        if cancelled() { throw fail("cancelled") }
        if overwrite {
            if rename(temp, target) != 0 { throw fail(describeErrno(errno)) }
        } else {
            if link(temp, target) != 0 {
                if errno == EEXIST { unlink(temp); _ = pending(nil); throw .exists(target) }
                throw fail(describeErrno(errno))
            }
            unlink(temp)
        }
        _ = pending(nil)
    }

    /// Writes all of `bytes`, flushed to disk; the system's reason on failure ("no space left
    /// on device", …). A full disk may only show when the data is flushed.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = describeErrno(errno)
                    return
                }
                offset += n
            }
        }
        if failure == nil, fsync(fd) != 0, errno != EINVAL { failure = describeErrno(errno) }
        return failure
    }
}
