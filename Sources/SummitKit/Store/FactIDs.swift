/// Fact ids that say where the fact is, so that a saved script's `source f166a` keeps naming the
/// same figure whatever the extractor learns elsewhere: the kind's letter, the line of the fact's
/// first place, and a lowercase letter when that line holds several facts of the kind, in order of
/// position in the line (`q67`, `f166a`, `f166b`, `t182`). Numbering by extraction order re-pointed
/// every later id whenever a rule found one fact more.
///
/// With several records loaded every id starts with its record's number (`2:q67`), so ids stay
/// unique; a lone record's ids stay plain. `L166` (`2:L166`) names a line itself.
enum FactIDs {
    /// Where a fact first is: its line and its byte offset (which orders facts on one line).
    struct Place {
        let line: Int
        let offset: Int
    }

    /// The prefix of ids in record `index` (0-based) of `count` records: "" for a lone record.
    static func recordPrefix(_ index: Int, of count: Int) -> String {
        count > 1 ? String(index + 1) + ":" : ""
    }

    /// Ids for facts of one kind in one record, in the order of `places`.
    static func ids(kind: String, prefix: String, places: [Place]) -> [String] {
        var out = [String](repeating: "", count: places.count)
        let order = places.indices.sorted { (places[$0].line, places[$0].offset) < (places[$1].line, places[$1].offset) }
        var start = 0
        while start < order.count {
            let line = places[order[start]].line
            var end = start + 1
            while end < order.count, places[order[end]].line == line { end += 1 }
            let base = prefix + kind + String(line)
            if end - start == 1 {
                out[order[start]] = base
            } else {
                for k in start..<end { out[order[k]] = base + letters(k - start) }
            }
            start = end
        }
        return out
    }

    /// a … z, then aa, ab … (bijective base 26), so any number of facts on a line stay distinct.
    /// Made from ASCII bytes: building it from scalars (a generic view, reversed) was most of
    /// the cost of giving ids once a record is extracted.
    static func letters(_ n: Int) -> String {
        var n = n + 1
        var bytes: [UInt8] = []
        while n > 0 {
            n -= 1
            bytes.append(UInt8(97 + n % 26))
            n /= 26
        }
        bytes.reverse()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An id taken apart: `2:f166b` → record 1 (0-based, nil when not written), kind "f", line 166, "b".
    struct Parsed: Equatable {
        let record: Int?
        let kind: String
        let line: Int
        let letter: String
    }

    static func parse(_ id: String) -> Parsed? {
        var text = Substring(id.lowercased())
        var record: Int? = nil
        if let colon = text.firstIndex(of: ":") {
            guard let r = Int(text[..<colon]), r >= 1 else { return nil }
            record = r - 1
            text = text[text.index(after: colon)...]
        }
        guard let kind = text.first, "qftoel".contains(kind) else { return nil }
        let rest = text.dropFirst()
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        let letter = rest.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count < 10, let line = Int(digits),
              letter.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return nil }
        return Parsed(record: record, kind: String(kind), line: line, letter: String(letter))
    }
}
