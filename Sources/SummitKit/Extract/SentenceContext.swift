/// What the rules need to know about one sentence while they run: its bytes and the quotes
/// already found in it.
struct SentenceContext {
    let record: Record
    let sentence: Sentence
    var bytes: [UInt8] { record.bytes }
    var range: Range<Int> { sentence.range }

    func provenance(_ span: Range<Int>) -> Provenance {
        Provenance(record: record.name, line: sentence.line,
                   section: sentence.section >= 0 ? record.sections[sentence.section].heading : nil,
                   sentence: sentence.index, span: span)
    }
}
