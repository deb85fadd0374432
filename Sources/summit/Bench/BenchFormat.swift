#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SummitKit

/// Number formatting shared by the table: few enough digits to scan, enough to compare.
enum BenchFormat {
    /// 0.0123 → "0.012", 1.234 → "1.23", 52.31 → "52.3", 1234.5 → "1235".
    static func number(_ v: Double) -> String {
        if v == v.rounded() && abs(v) < 1e6 { return String(Int(v)) }
        let a = abs(v)
        let digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3
        return fixedDecimal(v, digits: digits)
    }

    static func ms(_ v: Double) -> String { number(v) + " ms" }

    /// Bytes in decimal units (MB = 1e6 bytes), as throughput is quoted.
    static func bytes(_ n: Int) -> String {
        let v = Double(n)
        if abs(v) >= 1e6 { return number(v / 1e6) + " MB" }
        if abs(v) >= 1e3 { return number(v / 1e3) + " KB" }
        return "\(n) B"
    }

    static func ratio(_ v: Double) -> String { fixedDecimal(v, digits: 2) + "×" }
}
