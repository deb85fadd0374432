import ArgumentParser
import SummitKit

/// `--copies 100,1000`: corpus sizes as a comma-separated list, checked while parsing so a typo
/// is a usage error before minutes of measuring.
struct CopyCounts: ExpressibleByArgument, Sendable {
    let values: [Int]

    init(_ values: [Int]) { self.values = values }

    init?(argument: String) {
        let parts = argument.split(separator: ",", omittingEmptySubsequences: false)
        var values: [Int] = []
        for p in parts {
            guard let n = Int(p.trimmedOfSpaces()), n >= 2, n <= 100_000 else { return nil }
            if !values.contains(n) { values.append(n) }
        }
        guard !values.isEmpty else { return nil }
        self.values = values.sorted()
    }

    var defaultValueDescription: String { values.map(String.init).joined(separator: ",") }
}
