/// The first line of a saved script: which record it was saved against, so replaying it on
/// another record can warn that answers may differ.
public struct ScriptHeader: Sendable, Equatable {
    public let records: [(name: String, checksum: String)]

    public static func == (a: ScriptHeader, b: ScriptHeader) -> Bool {
        a.records.map(\.name) == b.records.map(\.name) && a.records.map(\.checksum) == b.records.map(\.checksum)
    }

    public init(records: [Record]) { self.records = records.map { ($0.name, $0.checksum) } }
    init(pairs: [(String, String)]) { records = pairs.map { (name: $0.0, checksum: $0.1) } }

    static let prefix = "# summit script; record: "

    /// Names are percent-encoded: a record may be named anything a file can be, and a newline
    /// in a name must not start a new script line (nor a space or comma split it).
    public var line: String {
        Self.prefix + records.map { "\(Self.encode($0.name)) \($0.checksum)" }.joined(separator: ", ")
    }

    /// `%XX` for each byte of a control, space, comma, percent sign, C1 control or bidi control.
    static func encode(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            let v = scalar.value
            let unsafe = v <= 0x20 || v == 0x25 || v == 0x2C || (0x7F...0x9F).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
            if !unsafe { out.unicodeScalars.append(scalar); continue }
            for b in String(scalar).utf8 { out += "%" + (b < 16 ? "0" : "") + String(b, radix: 16, uppercase: true) }
        }
        return out
    }

    /// The inverse of `encode`; a `%` not followed by two hex digits is kept as written.
    static func decode(_ text: Substring) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x25, i + 2 < bytes.count, let v = UInt8(String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                out.append(v)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads a header line; nil when the line is not one.
    public static func parse(_ line: String) -> ScriptHeader? {
        guard line.hasPrefix(prefix) else { return nil }
        let pairs = line.dropFirst(prefix.count).split(separator: ",").compactMap { part -> (String, String)? in
            let words = part.split(separator: " ")
            guard words.count == 2 else { return nil }
            return (decode(words[0]), String(words[1]))
        }
        return pairs.isEmpty ? nil : ScriptHeader(pairs: pairs)
    }

    /// A warning when the loaded records are not the ones the script was saved against.
    public func mismatch(with loaded: [Record]) -> String? {
        let now = ScriptHeader(records: loaded)
        guard now != self else { return nil }
        let saved = records.map { "\(shown($0.name)) (\($0.checksum.prefix(8)))" }.joined(separator: ", ")
        let have = now.records.map { "\(shown($0.name)) (\($0.checksum.prefix(8)))" }.joined(separator: ", ")
        return "script was saved against \(saved) but \(have) is loaded; answers may differ"
    }
}
