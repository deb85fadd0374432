/// `timeline at 2am`, `at 14:30 JST`, `at 午前2時半`: a clock reading the timeline keeps rows near.
///
/// Read from the words as typed, so "what happened at 2 am?" and `timeline at 02:00` mean the
/// same. The zone stays a word here (`JST`); the planner resolves it with the time-zone table,
/// which the query stage does not know.
public struct ClockReading: Sendable, Equatable {
    /// Minutes since midnight, 0..<1440.
    public let minutes: Int
    /// The zone word as typed (`JST`, `EST`, `UTC`), or nil for any zone.
    public let zone: String?

    public init(minutes: Int, zone: String? = nil) {
        self.minutes = minutes
        self.zone = zone
    }

    /// `02:30`, `02:30 JST`: how the reading is shown in plans and canonical queries (and reads back).
    public var text: String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)" + (zone.map { " " + $0 } ?? "")
    }

    /// The reading at the start of `words` and how many words it took, or nil when the first
    /// word is no clock time. Forms: `2`, `2am`, `2 am`, `2 a.m.`, `2:30`, `2:30pm`, `14:30`,
    /// `noon`, `midnight`, `午前2時`, `午後2時半`, `14時30分`; then an optional zone word
    /// (`JST`, `UTC`, any letters-only word of two to four capitals), `Japan time`, `PLACE time` or `…時間`.
    public static func read(_ words: [String]) -> (ClockReading, taken: Int)? {
        guard let first = words.first else { return nil }
        var taken = 1
        var minutes: Int
        switch first.lowercased() {
        case "noon", "midday": minutes = 12 * 60
        case "midnight": minutes = 0
        default:
            if let ja = japanese(first) {
                minutes = ja
            } else {
                var word = Substring(first.lowercased())
                var half: Half?
                for (suffix, h) in [("a.m.", Half.am), ("p.m.", .pm), ("am", .am), ("pm", .pm)] where word.hasSuffix(suffix) {
                    half = h
                    word = word.dropLast(suffix.count)
                    break
                }
                guard let clock = digits(word) else { return nil }
                minutes = clock
                if half == nil, words.count > 1, let h = Half(word: words[1]) {
                    half = h
                    taken = 2
                }
                if let half {
                    guard (1...12).contains(minutes / 60) || minutes / 60 == 0 else { return nil }
                    minutes = minutes % 720 + (half == .pm ? 720 : 0)
                }
            }
        }
        var zone: String?
        if words.count > taken {
            let next = words[taken]
            if next.lowercased() == "japan", words.count > taken + 1, words[taken + 1].lowercased() == "time" {
                zone = "JST"; taken += 2
            } else if next == "日本時間" {
                zone = "JST"; taken += 1
            } else if words.count > taken + 1, words[taken + 1].lowercased() == "time", next.allSatisfy(\.isLetter) {
                zone = next + " time"; taken += 2      // Washington time, local time: the planner reads the place
            } else if next.hasSuffix("時間"), next.count > 2 {
                zone = next; taken += 1                 // ワシントン時間
            } else if (2...4).contains(next.count), next.allSatisfy({ $0.isASCII && $0.isLetter }), next.uppercased() == next || next.lowercased() == "utc" || next.lowercased() == "jst" {
                zone = next.uppercased(); taken += 1
            }
        }
        return (ClockReading(minutes: minutes, zone: zone), taken)
    }

    private enum Half {
        case am, pm
        init?(word: String) {
            switch word.lowercased() {
            case "am", "a.m.", "a.m": self = .am
            case "pm", "p.m.", "p.m": self = .pm
            default: return nil
            }
        }
    }

    /// `2`, `02`, `2:30`, `14:05` as minutes since midnight.
    private static func digits(_ s: Substring) -> Int? {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
              let h = Int(parts[0]), h < 24 else { return nil }
        let m = parts.count == 2 ? Int(parts[1]) : 0
        guard let m, m < 60, parts.count == 1 || parts[1].count == 2 else { return nil }
        return h * 60 + m
    }

    /// `午前2時`, `午後2時半`, `2時30分`, `14時` (ASCII or full-width digits).
    private static func japanese(_ s: String) -> Int? {
        var rest = Substring(s)
        var pm = false, am = false
        if rest.hasPrefix("午前") { am = true; rest = rest.dropFirst(2) } else if rest.hasPrefix("午後") { pm = true; rest = rest.dropFirst(2) }
        guard let hourMark = rest.firstIndex(of: "時") else { return nil }
        guard let h = number(rest[..<hourMark]), h < 24 else { return nil }
        var after = rest[rest.index(after: hourMark)...]
        var m = 0
        if after.hasPrefix("半") {
            m = 30; after = after.dropFirst()
        } else if let minuteMark = after.firstIndex(of: "分") {
            guard let n = number(after[..<minuteMark]), n < 60 else { return nil }
            m = n; after = after[after.index(after: minuteMark)...]
        }
        guard after.isEmpty else { return nil }
        if (am || pm) && h > 12 { return nil }
        return ((pm ? 12 : 0) + h % 12 + (am || pm ? 0 : (h / 12) * 12)) * 60 + m
    }

    private static func number(_ s: Substring) -> Int? {
        guard !s.isEmpty, s.count <= 2 else { return nil }
        var n = 0
        for ch in s.unicodeScalars {
            let v = ch.value
            if (0x30...0x39).contains(v) { n = n * 10 + Int(v - 0x30) } else if (0xFF10...0xFF19).contains(v) { n = n * 10 + Int(v - 0xFF10) } else { return nil }
        }
        return n
    }
}
