import Foundation
import SummitData

extension Record {
    /// The record bundled with summit.
    public static func bundled(tables: ExtractionTables = .bundled) -> Record {
        Record(name: EmbeddedData.bundledRecordName, bytes: EmbeddedData.bundledRecord, tables: tables)
    }

    /// Loads a record from a file, refusing what is not a text report with a reason and a hint.
    /// Reports in UTF-16 (with a byte-order mark), Shift_JIS, EUC-JP or ISO-2022-JP are converted
    /// to UTF-8; `convertedFrom` says from what.
    public static func load(path: String, tables: ExtractionTables = .bundled) throws(RecordError) -> Record {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RecordError(path: path, reason: "no such file", hint: "check the path, or leave out --record to use the bundled record")
        }
        if isDirectory.boolValue {
            throw RecordError(path: path, reason: "is a directory", hint: "name a record file inside it (a UTF-8 .txt report)")
        }
        // Devices and pipes could stream forever (/dev/zero): only regular files are records.
        if let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType, type != .typeRegular {
            throw RecordError(path: path, reason: "is not a regular file (a device, pipe or socket)", hint: "name a UTF-8 text report")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RecordError(path: path, reason: "cannot be read", hint: "check its permissions")
        }
        let raw = [UInt8](data)
        try validate(raw, path: path)
        let name = URL(fileURLWithPath: path).lastPathComponent
        guard let decoded = TextEncoding.decode(raw) else { throw undecodable(raw, path: path) }
        var record = Record(name: name, bytes: decoded.bytes, tables: tables)
        if decoded.encoding != .utf8 { record.convertedFrom = decoded.encoding }
        return record
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

    /// The offset of the first byte that breaks UTF-8 (or is NUL), if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0 { return i }
                i += 1
                continue
            }
            let len: Int
            var minValue: UInt32
            switch b {
            case 0xC2...0xDF: len = 2; minValue = 0x80
            case 0xE0...0xEF: len = 3; minValue = 0x800
            case 0xF0...0xF4: len = 4; minValue = 0x10000
            default: return i
            }
            if i + len > n { return i }
            var value = UInt32(b) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
            for k in 1..<len {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minValue || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += len
        }
        return nil
    }

    /// Builds the structure of a record already known to be text.
    public init(name: String, bytes: [UInt8], tables: ExtractionTables = .bundled) {
        self.name = name
        self.bytes = bytes
        self.checksum = fnv1a64(bytes)
        let layout = Segmenter(bytes: bytes, tables: tables).run()
        self.referenceDate = Self.dateInName(name) ?? Self.datelineDate(bytes, lineStarts: layout.lineStarts)
        self.lineStarts = layout.lineStarts
        self.sections = layout.sections
        self.paragraphs = layout.paragraphs
        self.sentences = layout.sentences
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
