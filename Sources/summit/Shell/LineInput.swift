/// What the user did at the prompt.
///
/// Ctrl-C and Ctrl-D are values rather than errors because both are ordinary answers to a
/// prompt: one means "forget this line", the other "I am done".
enum LineInput: Equatable {
    /// A complete line, without its trailing newline.
    case line(String)
    /// Ctrl-C: drop the line, prompt again.
    case interrupted
    /// Ctrl-D on an empty line, or end of input.
    case endOfInput
}
