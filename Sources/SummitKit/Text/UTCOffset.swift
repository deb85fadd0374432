/// A UTC offset as ISO 8601 writes it (`+09:00`, `-05:00`) and as minutes east of UTC: the
/// extractor writes it into times, the timeline orders by it and a query's zone word resolves
/// to it, so all three read and write it here.
enum UTCOffset {
    /// `+09:00` → 540, `-05:00` → -300; nil for anything else (`local`, `+9`).
    static func minutes(_ text: String) -> Int? {
        let u = Array(text.utf8)
        guard u.count == 6, u[0] == 0x2B || u[0] == 0x2D, u[3] == 0x3A,
              let h = Int(text.dropFirst().prefix(2)), let m = Int(text.suffix(2)) else { return nil }
        return (u[0] == 0x2D ? -1 : 1) * (h * 60 + m)
    }

    /// 540 → `+09:00`.
    static func text(_ minutes: Int) -> String {
        let a = abs(minutes)
        return (minutes < 0 ? "-" : "+") + two(a / 60) + ":" + two(a % 60)
    }
}
