import SummitKit

/// Lays candidates out in columns, like a shell listing completions: filled top to bottom, then
/// left to right, as many columns as fit the terminal width.
enum CandidateColumns {
    static let gap = 2

    /// The rows of text to print, each without a newline and without trailing spaces.
    static func rows(_ candidates: [String], width: Int) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let widths = candidates.map { displayWidth($0) }
        let cell = (widths.max() ?? 0) + gap
        let columns = max(1, (max(width, 1) + gap) / cell)
        let rowCount = (candidates.count + columns - 1) / columns
        return (0..<rowCount).map { row in
            let indices = Array(stride(from: row, to: candidates.count, by: rowCount))
            var line = ""
            for index in indices {
                line += candidates[index]
                if index != indices.last {
                    line += String(repeating: " ", count: cell - widths[index])
                }
            }
            return line
        }
    }
}
