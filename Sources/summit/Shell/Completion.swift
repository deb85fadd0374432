/// What completion offers for the word before the cursor.
///
/// The completer only decides *which* words fit; how they are inserted, listed or case-fixed
/// is the editor's business (see `CompletionPlan`), so completers stay pure and testable.
struct Completion: Equatable {
    /// UTF-8 byte offset, in the text before the cursor, where the word being completed starts.
    var wordStart: Int
    /// Full words that could replace `text[wordStart..<cursor]`.
    var candidates: [String]
}
