/// Messages that quote what the user typed or named (a dot-command's argument, a script or
/// record path, a line of a script) must not hand the terminal raw control bytes: an ESC or a
/// C1 CSI (U+009B) in a file name would clear the screen or retitle the window, and a pasted
/// megabyte would flood it. Everything printed on the error stream goes through
/// `printableMessage`; a quoted piece goes through `shown` first to keep the line short. Both
/// use `visible`, the one escaping function, the same that table cells go through.

/// The message with every control character made visible (␛ for ESC, <U+009B> for C1 and bidi
/// controls); line breaks are kept.
public func printableMessage(_ message: String) -> String {
    message.split(separator: "\n", omittingEmptySubsequences: false)
        .map { visible(String($0)) }
        .joined(separator: "\n")
}

/// Text from a record, a script or a file name printed as one line of its own (an echoed
/// script line, narration, a diff line, a file name in a list): every control made visible,
/// line breaks included.
public func printableLine(_ text: String) -> String {
    visible(text)
}

/// A user-supplied word or path inside a message: printable and at most `limit` characters
/// (then "...").
public func shown(_ text: String, limit: Int = 200) -> String {
    let scalars = text.unicodeScalars
    if scalars.count <= limit { return visible(text) }
    return visible(String(String.UnicodeScalarView(scalars.prefix(limit)))) + "..."
}
