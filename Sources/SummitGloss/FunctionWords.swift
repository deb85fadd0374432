import SummitData

/// What `Grammar/gloss.tsv` says about grammatical words: particles and auxiliaries are
/// dropped unless a reader needs them to follow the sentence (ない "not", から "from", たい
/// "want to"), which get a short fixed gloss instead of EDICT's long particle definitions.
struct FunctionWords: Sendable {
    enum Treatment: Sendable, Equatable {
        case gloss(String)
        case drop
    }

    private struct Row: Sendable {
        let partOfSpeech: [Substring]
        let baseForm: String?
        let treatment: Treatment
    }

    private let rows: [Row]

    init(table: [UInt8] = EmbeddedData.glossTable) {
        rows = String(decoding: table, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            guard fields.count >= 3, !fields[0].isEmpty else { return nil }
            return Row(partOfSpeech: fields[0].split(separator: ","),
                       baseForm: fields[1] == "*" ? nil : fields[1],
                       treatment: fields[2] == "-" ? .drop : .gloss(fields[2]))
        }
    }

    /// The table's word for `morpheme`, or nil when it is a content word for EDICT. A row
    /// naming the dictionary form wins over a `*` row; then the longest part of speech.
    func treatment(of morpheme: Morpheme) -> Treatment? {
        var best: (rank: Int, treatment: Treatment)?
        for row in rows where row.partOfSpeech.count <= morpheme.partOfSpeech.count {
            guard zip(row.partOfSpeech, morpheme.partOfSpeech).allSatisfy({ $0 == $1 }) else { continue }
            if let base = row.baseForm, base != morpheme.baseForm { continue }
            let rank = (row.baseForm != nil ? 100 : 0) + row.partOfSpeech.count
            if let b = best, b.rank >= rank { continue }
            best = (rank, row.treatment)
        }
        return best?.treatment
    }
}
