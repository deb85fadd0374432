#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SummitData

extension Record {
    /// The largest record loaded unless raised with `--max-record-mb`: a report is tens of KB,
    /// and extraction holds about five times the text in memory.
    public static let defaultMaxBytes = 200 << 20
    /// Records larger than this show their loading progress on a terminal.
    public static let progressFromBytes = 50 << 20

    /// Loads a record from a file, refusing what is not a UTF-8 text report with a reason and a
    /// hint. A symbolic link to a regular file is followed; the size is checked before reading.
    /// Reports in UTF-16 (with a byte-order mark), Shift_JIS, EUC-JP or ISO-2022-JP are converted
    /// to UTF-8; `convertedFrom` says from what.
    public static func load(path: String, segmentation: SegmentationRules, maxBytes: Int = defaultMaxBytes,
                            watch: LoadWatch = .none) throws(RecordError) -> Record {
        var st = stat()
        guard stat(path, &st) == 0 else {   // follows links
            var link = stat()
            if lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK {
                throw RecordError(path: path, reason: "is a symbolic link to a missing file", hint: "check where it points")
            }
            if errno == ENOENT || errno == ENOTDIR {
                throw RecordError(path: path, reason: "no such file", hint: "check the path, or leave out --record to use the bundled record")
            }
            throw RecordError(path: path, reason: "cannot be read (\(describeErrno(errno)))", hint: "check its permissions")
        }
        let type = st.st_mode & S_IFMT
        if type == S_IFDIR {
            throw RecordError(path: path, reason: "is a directory", hint: "name a record file inside it (a UTF-8 .txt report)")
        }
        // Devices and pipes could stream forever (/dev/zero): only regular files are records.
        if type != S_IFREG {
            throw RecordError(path: path, reason: "is not a regular file (a device, pipe or socket)", hint: "name a UTF-8 text report")
        }
        let name = URL(fileURLWithPath: path).lastPathComponent
        let size = Int(st.st_size)
        let report = size > progressFromBytes ? watch.progress : nil
        let raw: [UInt8]
        do {
            raw = try FileBytes.read(path, limit: maxBytes, cancel: watch.cancel) { done, total in
                report?(LoadProgress(name: name, stage: .reading, done: done, total: total))
            }
        } catch {
            switch error {
            case .tooLarge(let size): throw tooLarge(path, size: size, maxBytes: maxBytes)
            case .unreadable(let reason): throw RecordError(path: path, reason: "cannot be read (\(reason))", hint: "check its permissions")
            case .cancelled: throw RecordError.cancelled(path)
            case .notRegular: throw RecordError(path: path, reason: "is not a regular file (a device, pipe or socket)", hint: "name a UTF-8 text report")
            }
        }
        try validate(raw, path: path)
        let decoded = TextEncoding.decode(raw, cancel: watch.cancel)
        if watch.cancel.isCancelled { throw RecordError.cancelled(path) }
        guard let decoded else { throw undecodable(raw, path: path) }
        guard var record = Record(name: name, bytes: decoded.bytes, segmentation: segmentation, cancel: watch.cancel) else {
            throw RecordError.cancelled(path)
        }
        if decoded.encoding != .utf8 { record.convertedFrom = decoded.encoding }
        return record
    }

    static func tooLarge(_ path: String, size: Int, maxBytes: Int) -> RecordError {
        let need = (size + (1 << 20) - 1) >> 20
        return RecordError(path: path, reason: "is \(FileBytes.megabytes(size)), over the \(FileBytes.megabytes(maxBytes)) limit for records",
                           hint: "raise the limit with --max-record-mb \(need) if it really is one report")
    }

    /// Why no encoding reads the file, pointing at the first byte that is not UTF-8.
    static func undecodable(_ bytes: [UInt8], path: String) -> RecordError {
        let bad = firstInvalidUTF8(bytes) ?? 0
        let line = bytes[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return RecordError(path: path, reason: "is not valid UTF-8 at line \(line) (byte \(bad + 1)), nor Shift_JIS, EUC-JP, ISO-2022-JP or UTF-16 with a byte-order mark",
                           hint: "convert it to UTF-8 first, e.g. iconv -f ENCODING -t UTF-8")
    }

    /// A record must be non-empty text with no NUL bytes (outside UTF-16): anything else is a wrong
    /// file, and extracting "facts" from it would only mislead. Bytes that are not UTF-8 are left
    /// to `TextEncoding.decode`.
    static func validate(_ bytes: [UInt8], path: String) throws(RecordError) {
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw RecordError(path: path, reason: "is empty", hint: "a record is a UTF-8 text report; pick another file")
        }
        let utf16 = bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        if !utf16, let bad = bytes.firstIndex(of: 0) {
            let line = bytes[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw RecordError(path: path, reason: "contains a NUL byte at line \(line) (byte \(bad + 1)); it looks binary", hint: "a record is a UTF-8 text report")
        }
    }

    /// The offset of the first byte that breaks UTF-8 (or is NUL), if any; nil too when `stop`
    /// (asked every MB) says to stop. The standard library's `UTF8Span` validates, a megabyte at
    /// a time, each piece ending on a scalar boundary.
    static func firstInvalidUTF8(_ bytes: [UInt8], stop: () -> Bool = { false }) -> Int? {
        let nul = bytes.firstIndex(of: 0)
        let limit = nul ?? bytes.count
        let span = bytes.span
        var start = 0
        while start < limit {
            if start > 0, stop() { return nil }
            var end = min(limit, start + (1 << 20))
            while end < limit, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if end == start { end = min(limit, start + (1 << 20)) }   // no lead byte in a whole MB: invalid anyway
            do {
                _ = try UTF8Span(validating: span.extracting(start..<end))
            } catch {
                return start + error.byteOffsets.lowerBound
            }
            start = end
        }
        return nul
    }

    /// Builds the structure of a record already known to be text.
    public init(name: String, bytes: [UInt8], segmentation: SegmentationRules) {
        self.init(name: name, bytes: bytes, segmentation: segmentation, cancel: .never)!
    }

    /// The same, stopping (nil) when `cancel` says so: segmenting a large record takes seconds.
    public init?(name: String, bytes: [UInt8], segmentation: SegmentationRules, cancel: Cancellation) {
        self.name = name
        self.bytes = bytes
        guard let checksum = fnv1a64(bytes, cancel: cancel) else { return nil }
        self.checksum = checksum
        guard let layout = Segmenter(bytes: bytes, rules: segmentation, cancel: cancel).run() else { return nil }
        self.referenceDate = Self.dateInName(name) ?? Self.datelineDate(bytes, lineStarts: layout.lineStarts)
        self.lineStarts = layout.lineStarts
        self.sections = layout.sections
        self.paragraphs = layout.paragraphs
        self.sentences = layout.sentences
        self.asides = layout.asides
    }

    /// The first YYYY-MM-DD (or YYYYMMDD) in a name that is a real date.
    static func dateInName(_ name: String) -> CalendarDate? {
        let digits = Array(name.utf8)
        var i = 0
        while i + 8 <= digits.count {
            func num(_ from: Int, _ len: Int) -> Int? {
                var v = 0
                for k in from..<(from + len) {
                    guard k < digits.count, digits[k] >= 0x30, digits[k] <= 0x39 else { return nil }
                    v = v * 10 + Int(digits[k] - 0x30)
                }
                return v
            }
            let precededByDigit = i > 0 && digits[i - 1] >= 0x30 && digits[i - 1] <= 0x39
            if !precededByDigit, let y = num(i, 4), y >= 1900, y <= 2200 {
                var m: Int?, d: Int?
                if i + 10 <= digits.count, digits[i + 4] == 0x2D, digits[i + 7] == 0x2D {
                    m = num(i + 5, 2); d = num(i + 8, 2)
                } else {
                    m = num(i + 4, 2); d = num(i + 6, 2)
                }
                if let m, let d, (1...12).contains(m), d >= 1, d <= CalendarDate.daysIn(month: m, year: y) {
                    return CalendarDate(year: y, month: m, day: d)
                }
            }
            i += 1
        }
        return nil
    }
}
