/// Reads lines from a pipe or file: no prompt (it would pollute the output of scripts), no
/// editing, and history kept in memory only, because piped input is not something the user
/// typed and must not end up in their history file.
final class PlainLineReader: LineReader {
    private(set) var history: [String] = []
    let warnings: [String]

    init(warnings: [String] = []) { self.warnings = warnings }

    func read(prompt: String) -> LineInput {
        // readLine repairs invalid UTF-8, copes with very long lines and returns a final line
        // that has no newline.
        guard var line = readLine(strippingNewline: true) else { return .endOfInput }
        // Files written on Windows end lines with CR LF.
        if line.utf8.last == UInt8(ascii: "\r") { line.removeLast() }
        return .line(line)
    }

    func remember(_ line: String) {
        history.append(line)
    }
}
