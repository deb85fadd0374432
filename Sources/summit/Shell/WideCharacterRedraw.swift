import CEditLine

/// Works around a libedit (3.1-20221030) redraw bug with double-width characters.
///
/// When a character is inserted or deleted in front of a wide character (`ランプ`, Ctrl-A, `Z`),
/// libedit uses the terminal's insert/delete-character capabilities, rewrites the wide character
/// and then steps back one column instead of two: the cursor ends up one column to the right of
/// where the next keystroke lands, and the line looks garbled (`Z  Zンプ` for `ZラZンプ`). The
/// buffer itself is right. Without those capabilities (as on a vt100) libedit redraws the rest of
/// the line instead, which is correct and costs a few bytes on a one-line prompt.
enum WideCharacterRedraw {
    /// termcap names of insert mode, insert character(s) and delete character(s).
    static let insertDeleteCapabilities = ["im", "ei", "ic", "IC", "ip", "dm", "ed", "dc", "DC"]

    static func apply(to editLine: OpaquePointer) {
        for name in insertDeleteCapabilities {
            _ = summit_el_set_termcap(editLine, name, "")
        }
    }
}
