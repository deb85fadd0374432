#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Reading a whole file with its size checked first: a record or script over its limit is
/// refused before a byte of it is read (a 1 GB file is not read whole only to be rejected), and
/// a file that grows while being read, or a pipe with no size, is stopped at the limit.
enum FileBytes {
    enum Failure: Error {
        /// `size` is the file's size, or the bytes read when reading passed the limit.
        case tooLarge(size: Int)
        case unreadable(reason: String)
        /// A device, pipe or socket: it could stream forever (/dev/zero) or block.
        case notRegular
        case cancelled
    }

    static let chunk = 4 << 20

    /// The bytes of a regular file; `onChunk(done, total)` after each chunk, and a
    /// cancellation check between chunks.
    static func read(_ path: String, limit: Int, cancel: Cancellation = .never,
                     onChunk: ((Int, Int) -> Void)? = nil) throws(Failure) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO with no writer must not hang (only regular files are read).
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { throw .unreadable(reason: describeErrno(errno)) }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) != 0 { throw .unreadable(reason: describeErrno(errno)) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .notRegular }
        let size = Int(st.st_size)
        if size > limit { throw .tooLarge(size: size) }
        var bytes = [UInt8](repeating: 0, count: min(max(size, 0), limit) + 1)
        var done = 0
        while true {
            if done == bytes.count {
                if done > limit { throw .tooLarge(size: done) }
                bytes.append(contentsOf: repeatElement(0, count: min(chunk, limit + 1 - done)))
            }
            let want = min(chunk, bytes.count - done)
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, want) }
            if n < 0 {
                if errno == EINTR { if cancel.isCancelled { throw .cancelled }; continue }
                throw .unreadable(reason: describeErrno(errno))
            }
            if n == 0 { break }
            done += n
            if done > limit { throw .tooLarge(size: done) }
            if cancel.isCancelled { throw .cancelled }
            onChunk?(done, size)
        }
        bytes.removeLast(bytes.count - done)
        return bytes
    }

    /// "512 MB" for a message about a limit: whole megabytes, rounded up.
    static func megabytes(_ bytes: Int) -> String {
        "\((bytes + (1 << 20) - 1) >> 20) MB"
    }
}

/// The system's reason for an errno, lower-cased to sit inside a sentence.
func describeErrno(_ code: Int32) -> String {
    String(validatingCString: strerror(code))?.lowercased() ?? "error \(code)"
}
