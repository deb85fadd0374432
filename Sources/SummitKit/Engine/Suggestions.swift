/// Never a silent empty answer: when a question finds nothing, say what was searched and offer
/// up to three queries that do have answers in the loaded records (each one run to check).
extension QueryEngine {
    func suggestions(for statement: Statement, plan: QueryPlan) -> [String] {
        var notes: [String] = []
        if let m = plan.matcher {
            notes.append("searched for " + m.leaves.prefix(4).map { leaf in
                "'\(shown(leaf.typed, limit: 24))'" + (leaf.forms.count > 1 ? " (" + leaf.forms.dropFirst().prefix(5).joined(separator: ", ") + (leaf.forms.count > 6 ? ", …" : "") + ")" : "")
            }.joined(separator: ", ") + " in quotes, their topics, headings and English rendering")
        }
        var offers: [String] = []
        func offer(_ text: String) {
            guard offers.count < 3, !offers.contains(text), text != statement.canonicalText, hasAnswer(text) else { return }
            offers.append(text)
        }
        let term = plan.matcher.map { m in m.leaves.map(\.typed) } ?? []
        let termText = term.map { TermCleaner.text([.init(text: $0, kind: nil, quoted: false)]) }
        switch statement.query {
        case .quotes(_?, _?), .check, .compare(_, _, _?):
            for t in termText { offer("who said " + t) }
            for t in termText { offer("mentions " + t) }
        case .whoSaid, .quotes, .overview, .figures, .timeline, .duration, .agreements:
            for t in termText { offer("mentions " + t) }
        default:
            break
        }
        // Nearest words the record does use.
        for t in term where t.count <= 40 {
            if let near = Suggest.nearest(to: t, among: usedVocabulary), near.lowercased() != t.lowercased() {
                offer(statement.canonicalText.replacingSlot(t, with: near))
                offer("overview " + near)
            }
        }
        if case .quotes(let s?, _?) = statement.query { offer("what did \(s) say") }
        if !offers.isEmpty { notes.append("try: " + offers.map { "'\($0)'" }.joined(separator: ", ")) }
        return notes
    }

    /// Whether a query runs and has rows on the loaded records.
    func hasAnswer(_ text: String) -> Bool {
        guard let u = try? understander.understand(text) else { return false }
        for s in u.candidates {
            guard let plan = try? planner.plan(s), let items = try? executor.run(plan.root) else { continue }
            if !items.isEmpty { return true }
        }
        return false
    }
}
