/// The sentence an answer leads with when its question's shape asks for one (`AnswerFocus`):
/// who or what comes first, whether the record reports an agreement, or how many attended.
extension QueryEngine {
    func lead(for focus: AnswerFocus, _ answer: inout Answer, plan: QueryPlan, items: [PlanRow]) {
        switch focus {
        case .first: firstLead(&answer, plan: plan, items: items)
        case .agreed: agreedLead(&answer, plan: plan)
        case .count: countLead(&answer, plan: plan)
        }
    }

    /// How many the record names as attending, and who: the number a "how many" asks for, said
    /// first, with the rows as the evidence. Only for attendance, the one list a shape counts. The
    /// count is of the people its sentences about attending name (同席, 出席, …), which is what
    /// the lead says: a leader the report never names in one is not counted.
    func countLead(_ answer: inout Answer, plan: QueryPlan) {
        guard case .attended = plan.answerKind else { return }
        var names: [String] = []
        for row in answer.rows { if case .text(let name) = answer.value("en", in: row).data { names.append(name) } }
        guard !names.isEmpty else {
            answer.lead = "The record names no one where it says who attended, so there is no one to count."
            return
        }
        let people = names.count == 1 ? "1 person" : "\(names.count) people"
        answer.lead = "The record names \(people) as attending: \(englishList(names))."
    }

    /// Names the answer's first row. Quotes come in the record's order, which a report may not
    /// keep (it may give one leader's remarks, then the other's), so the lead says so.
    func firstLead(_ answer: inout Answer, plan: QueryPlan, items: [PlanRow]) {
        guard let row = answer.rows.first else {
            if case .timeline = plan.answerKind, plan.matcher == nil { answer.lead = "The record gives no times, so nothing to put first." }
            return
        }
        guard case .id(let id)? = Optional(answer.value("id", in: row).data), let fact = store.fact(id: id) else { return }
        let scene: String
        if case .quotes(_, _, let at?) = plan.statement.query.unexplained { scene = " at '" + at.canonicalText + "'" } else { scene = "" }
        switch fact {
        case .quote(let i):
            let q = store.quotes[i]
            answer.lead = "\(q.speaker.en) is quoted first\(scene) in the record (\(q.id), line \(q.line)); this is the order the report gives, "
                + "which need not be the order things were said."
        case .time(let i):
            let t = store.times[i]
            let what = t.event.map { $0.en + ($0.phase.map { " (\($0.rawValue))" } ?? "") } ?? "the first time the record gives"
            let first = "First: \(what), \(AnswerBuilder.when(t)) (\(t.id), line \(t.line))."
            // A timeline about a term already leads with what it puts first (the times tied to it).
            if let own = answer.lead { answer.lead = first + " " + own }
            else { answer.lead = answer.rows.count > 1 ? first + " The rest follow in time order." : first }
        default:
            return
        }
    }

    /// Yes, with the sentences as evidence, when the record reports an agreement about the term;
    /// else it says the record reports none, with no verdict: a report that is silent on a deal
    /// does not say there was none.
    func agreedLead(_ answer: inout Answer, plan: QueryPlan) {
        guard case .agreements(let about) = plan.statement.query.unexplained else { return }
        let topic = about.map { " about " + $0.canonicalText } ?? ""
        if answer.rows.isEmpty {
            answer.lead = "The record reports no agreement\(topic); it does not say whether there was one."
            return
        }
        var lines: [Int] = []
        for row in answer.rows { if case .int(let n) = answer.value("line", in: row).data, !lines.contains(n) { lines.append(n) } }
        answer.verdict = "yes"
        answer.lead = "Yes — the record reports agreement\(topic) in \(answer.rows.count) sentence\(answer.rows.count == 1 ? "" : "s")"
            + " (line\(lines.count == 1 ? "" : "s") " + lines.prefix(6).map(String.init).joined(separator: ", ") + (lines.count > 6 ? ", …" : "") + ")."
    }
}
