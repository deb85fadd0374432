import SummitKit

/// Where the edited line sits on screen, so output printed below it (a completion listing)
/// does not overwrite the part of a wrapped line that lies below the cursor.
struct LineLayout {
    var prompt: String
    var beforeCursor: String
    var afterCursor: String
    /// Terminal width in columns.
    var width: Int

    /// Screen rows between the cursor's row and the line's last row.
    var rowsBelowCursor: Int {
        guard width > 0 else { return 0 }
        let cursorColumn = displayWidth(prompt + beforeCursor)
        let endColumn = cursorColumn + displayWidth(afterCursor)
        // A line that exactly fills its last row leaves the cursor there (pending wrap), so the
        // end's row is that of its last character.
        let endRow = endColumn == 0 ? 0 : (endColumn - 1) / width
        return max(0, endRow - cursorColumn / width)
    }
}
