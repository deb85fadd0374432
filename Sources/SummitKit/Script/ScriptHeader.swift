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

    public var line: String {
        Self.prefix + records.map { "\($0.name) \($0.checksum)" }.joined(separator: ", ")
    }

    /// Reads a header line; nil when the line is not one.
    public static func parse(_ line: String) -> ScriptHeader? {
        guard line.hasPrefix(prefix) else { return nil }
        let pairs = line.dropFirst(prefix.count).split(separator: ",").compactMap { part -> (String, String)? in
            let words = part.split(separator: " ")
            guard words.count == 2 else { return nil }
            return (String(words[0]), String(words[1]))
        }
        return pairs.isEmpty ? nil : ScriptHeader(pairs: pairs)
    }

    /// A warning when the loaded records are not the ones the script was saved against.
    public func mismatch(with loaded: [Record]) -> String? {
        let now = ScriptHeader(records: loaded)
        guard now != self else { return nil }
        let saved = records.map { "\($0.name) (\($0.checksum.prefix(8)))" }.joined(separator: ", ")
        let have = now.records.map { "\($0.name) (\($0.checksum.prefix(8)))" }.joined(separator: ", ")
        return "script was saved against \(saved) but \(have) is loaded; answers may differ"
    }
}
