/// What kind of word the user is typing at the cursor, so the shell's Tab key can offer the
/// right candidates (keywords, speaker names, terms, units, formats, files).
///
/// Completion sees half-typed lines the parser would reject, so it does not use the parser: it
/// splits the prefix leniently and walks a small state machine (CompletionState) that mirrors
/// the grammar's positions.
public enum CompletionContext: Sendable, Equatable {
    /// Keywords valid here (unfiltered: the shell filters by what is typed so far).
    case keyword([String])
    case speaker
    case term
    case unit
    case format
    /// A file path (`.run`, `.read`, `.save`, `.save!`).
    case file
    /// The name of a dot-command (`.help`, `.format`, …).
    case dotCommand
    /// A fact id or a line (`q67`, `f166a`, `L166`) after `source`.
    case factID
    /// Nothing sensible to offer (a number, an unknown query).
    case none
}

/// Dot-commands whose argument is a file path.
private let fileCommands: Set<String> = [".run", ".save", ".save!", ".read", ".record"]
private let formatCommands: Set<String> = [".format", ".mode"]

/// The completion context for the line up to the cursor, and where the word being typed starts
/// (the shell replaces `prefix[wordStart...]` with the chosen candidate).
public func completionContext(forPrefix prefix: String) -> (context: CompletionContext, wordStart: String.Index) {
    let split = PrefixWords(prefix)
    if let first = prefix.unicodeScalars.first(where: { !$0.properties.isWhitespace }), first == "." {
        guard let command = split.words.first else { return (.dotCommand, split.wordStart) }
        guard split.words.count == 1 else { return (.none, split.wordStart) }
        let name = command.text.lowercased()
        if fileCommands.contains(name) { return (.file, split.wordStart) }
        if formatCommands.contains(name) { return (.format, split.wordStart) }
        if name == ".help" { return (.keyword(QueryGrammar.helpTopics().map(\.topic)), split.wordStart) }
        return (.none, split.wordStart)
    }
    var state = CompletionState.start(explained: false)
    for word in split.words { state = state.after(word) }
    return (state.context, split.wordStart)
}

/// The prefix split into complete words plus the start of the word under the cursor.
struct PrefixWords {
    struct Word {
        enum Kind { case word, quoted, leftParen, rightParen }
        var kind: Kind
        var text: String
        /// Lower-cased text of a word, for keyword matching.
        var key: String { kind == .word ? text.lowercased() : "" }
    }

    var words: [Word]
    var wordStart: String.Index

    init(_ prefix: String) {
        var words: [Word] = []
        let scalars = prefix.unicodeScalars
        var i = scalars.startIndex
        var start: String.Index?
        var inQuote = false
        var escaped = false
        func flush(_ end: String.Index) {
            if let s = start { words.append(Word(kind: .word, text: String(scalars[s..<end]))) }
            start = nil
        }
        while i < scalars.endIndex {
            let c = scalars[i]
            if inQuote {
                if escaped { escaped = false }
                else if c == "\\" { escaped = true }
                else if c == "\"" {
                    let s = scalars.index(after: start!)
                    words.append(Word(kind: .quoted, text: String(scalars[s..<i])))
                    start = nil
                    inQuote = false
                }
            } else if c.properties.isWhitespace {
                flush(i)
            } else if c == "(" || c == ")" {
                flush(i)
                words.append(Word(kind: c == "(" ? .leftParen : .rightParen, text: String(Character(c))))
            } else if c == "\"" {
                flush(i)
                start = i
                inQuote = true
            } else if start == nil {
                start = i
            }
            i = scalars.index(after: i)
        }
        self.words = words
        wordStart = start ?? prefix.endIndex
    }
}
