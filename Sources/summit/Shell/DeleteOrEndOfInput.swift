import CEditLine

/// Ctrl-D: end of input on an empty line, delete the character under the cursor otherwise.
///
/// libedit's own emacs binding (`em-delete-or-list`) does the same but first echoes a literal
/// `^D` after the prompt, which leaves `summit> ^D` on screen; this replacement ends quietly and
/// lets `LineEditor` print the newline.
enum DeleteOrEndOfInput {
    static func install(on editLine: OpaquePointer) {
        _ = summit_el_add_function(
            editLine, "summit-delete-or-eof", "Delete the next character, or end input on an empty line",
            { editLine, _ in DeleteOrEndOfInput.run(editLine) })
        _ = summit_el_bind(editLine, "^D", "summit-delete-or-eof")
    }

    static func run(_ editLine: OpaquePointer?) -> UInt8 {
        guard let editLine, let info = summit_el_line(editLine)?.pointee else { return UInt8(CC_ERROR) }
        if info.lastchar == info.buffer { return UInt8(CC_EOF) }
        guard info.cursor < info.lastchar else { return UInt8(CC_ERROR) }
        // Step over the next character, then delete backwards: libedit has no public
        // "delete forward", and both calls count characters, not bytes.
        _ = summit_el_cursor(editLine, 1)
        summit_el_deletestr(editLine, 1)
        return UInt8(CC_REFRESH)
    }
}
