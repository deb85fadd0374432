/// Column widths for a table that has to fit in `maxWidth` terminal cells.
///
/// Only wrappable columns give up space, widest first, so that one long text column absorbs
/// the squeeze instead of every column becoming unreadable; none is narrowed below
/// `minimumWidth` (or its natural width, if smaller). When even that is not enough the table
/// stays wider than `maxWidth`: a wrapped-to-nothing table would be worse than a long line.
func fittedColumnWidths(
    natural: [Int],
    wrappable: [Bool],
    maxWidth: Int?,
    separatorWidth: Int,
    minimumWidth: Int = 10
) -> [Int] {
    var widths = natural
    guard let maxWidth, !widths.isEmpty else { return widths }
    let total = widths.reduce(0, +) + separatorWidth * (widths.count - 1)
    var excess = total - maxWidth
    while excess > 0 {
        var widest: Int?
        var runnerUp = minimumWidth
        for index in widths.indices where wrappable[index] && widths[index] > minimumWidth {
            if let current = widest, widths[current] >= widths[index] {
                runnerUp = max(runnerUp, widths[index])
            } else {
                if let current = widest { runnerUp = max(runnerUp, widths[current]) }
                widest = index
            }
        }
        guard let index = widest else { break }
        // Step straight down to the next-widest column's level; ties shrink one cell at a time.
        let step = max(1, min(excess, widths[index] - runnerUp))
        widths[index] -= step
        excess -= step
    }
    return widths
}
