/// Messages that quote what the user typed or named (a dot-command's argument, a script or
/// record path, a line of a script) must not hand the terminal raw control bytes: an ESC or a
/// C1 CSI (U+009B) in a file name would clear the screen or retitle the window, and a pasted
/// megabyte would flood it. Everything printed on the error stream goes through
/// `printableMessage`; a quoted piece goes through `shown` first to keep the line short.

/// The message with every control character made visible the way query echoes show them
/// (`^[` for ESC, U+FFFD for C1 and bidi controls, a space for TAB); line breaks are kept.
public func printableMessage(_ message: String) -> String {
    guard message.unicodeScalars.contains(where: { $0 != "\n" && (TerminalText.isControl($0) || TerminalText.isBidiControl($0)) })
    else { return message }
    return message.split(separator: "\n", omittingEmptySubsequences: false)
        .map { TerminalText.visible(String($0)) }
        .joined(separator: "\n")
}

/// A user-supplied word or path inside a message: printable and at most `limit` characters
/// (then "...").
public func shown(_ text: String, limit: Int = 200) -> String {
    TerminalText.brief(text, limit: limit)
}
