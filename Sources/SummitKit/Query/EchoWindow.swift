/// The query line echoed above an error's caret, and the caret's column in that echo.
///
/// The echo is the line as `visible` prints it, and columns are measured on that printed text
/// with the toolkit's `displayWidth`, the same measure the lexer gives tokens, so caret and echo
/// always agree. A line too wide to read (a pasted megabyte) is cut to a window around the
/// column, marked with "..." at each cut.
func echoWindow(_ text: String, column: Int, maxWidth: Int = 160) -> (line: String, column: Int) {
    let printed = visible(text)
    if displayWidth(printed) <= maxWidth { return (printed, column) }
    let first = max(1, column - maxWidth / 2)
    let last = first + maxWidth - 1
    var out = first > 1 ? "..." : ""
    var col = 1
    var truncatedEnd = false
    for character in printed {
        let width = clusterWidth(character)
        if col >= first {
            if col + width - 1 > last { truncatedEnd = true; break }
            out.append(character)
        }
        col += width
    }
    if truncatedEnd { out += "..." }
    return (out, column - first + 1 + (first > 1 ? 3 : 0))
}
