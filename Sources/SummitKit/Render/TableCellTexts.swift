/// The shown text of a table's title and body cells, all in one UTF-8 buffer, each measured
/// once: the width decides the column widths, whether the cell wraps, and its padding.
struct TableCellTexts {
    struct Cell {
        var bytes: Range<Int>
        var width: Int
    }

    private(set) var storage: [UInt8] = []
    private(set) var cells: [Cell] = []

    init(reservingCells count: Int) {
        cells.reserveCapacity(count)
    }

    /// Adds `text`, which must already have been through `visible()`.
    mutating func add(_ text: String) {
        let start = storage.count
        storage.append(contentsOf: text.utf8)
        cells.append(Cell(bytes: start..<storage.count, width: displayWidth(text)))
    }
}
