#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// A script's lines, read from disk with their line numbers; `#` comments are kept because a
/// class demo prints them as narration.
public struct ScriptFile: Sendable {
    public enum Line: Sendable, Equatable {
        case command(String)
        case comment(String)
        case blank
    }
    public let path: String
    public let lines: [Line]
    public let header: ScriptHeader?

    /// The largest script read (checked before reading): anything bigger is surely not a
    /// hand-written script.
    public static let maxBytes = 64 << 20

    public init(path: String) throws(ScriptError) {
        var isDir = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw ScriptError("\(shown(path)): no such script", hint: "check the path")
        }
        guard !isDir else { throw ScriptError("\(shown(path)): is a directory", hint: "name a .summit file") }
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path, limit: Self.maxBytes) } catch {
            switch error {
            case .tooLarge(let size):
                throw ScriptError("\(shown(path)): is \(FileBytes.megabytes(size)), over the \(FileBytes.megabytes(Self.maxBytes)) limit for scripts",
                                  hint: "split it into smaller scripts run one after another")
            case .unreadable(let reason): throw ScriptError("\(shown(path)): cannot be read (\(reason))", hint: "check its permissions")
            case .cancelled: throw ScriptError("\(shown(path)): reading was cancelled", hint: "nothing ran")
            case .notRegular: throw ScriptError("\(shown(path)): is not a regular file (a device, pipe or socket)", hint: "save the script to a file first")
            }
        }
        // Decoding leniently would turn a stray Latin-1 or Shift_JIS byte into U+FFFD and run a
        // line the author never wrote (or hide one inside a comment); say so instead.
        if let bad = Record.firstInvalidUTF8(bytes) {
            let line = bytes[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let what = bytes[bad] == 0 ? "contains a NUL byte" : "is not valid UTF-8"
            throw ScriptError("\(shown(path)):\(line): \(what) (byte \(bad + 1))", hint: "save the script as UTF-8 text")
        }
        self.init(path: path, text: String(decoding: bytes, as: UTF8.self))
    }

    public init(path: String, text: String) {
        self.path = path
        var lines: [Line] = []
        var header: ScriptHeader? = nil
        // Split on LF bytes: as Characters, "\r\n" is one grapheme and would never split.
        for (i, raw) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            var s = String(decoding: raw, as: UTF8.self)
            if s.utf8.last == 0x0D { s = String(decoding: s.utf8.dropLast(), as: UTF8.self) }
            if i == 0, let h = ScriptHeader.parse(s) { header = h; lines.append(.comment(s)); continue }
            let trimmed = s.trimmedOfSpaces()
            if trimmed.isEmpty { lines.append(.blank) }
            else if trimmed.hasPrefix("#") { lines.append(.comment(trimmed)) }
            else { lines.append(.command(trimmed)) }
        }
        if lines.last == .blank { lines.removeLast() }
        self.lines = lines
        self.header = header
    }
}

/// A script-level error: one line saying what and what to do.
public struct ScriptError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let hint: String
    public init(_ message: String, hint: String) { self.message = message; self.hint = hint }
    public var description: String { "\(message); \(hint)" }
}
