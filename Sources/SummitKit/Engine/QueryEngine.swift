/// One way from a typed line to an answer: understand it, plan each reading, run them until one
/// has rows, shape the answer, and never leave it silently empty. The shell, `-e`, `summit run`
/// and the bench all come through here, so they answer alike.
public struct QueryEngine: Sendable {
    public let store: FactStore
    let understander: Understander
    let planner: Planner
    let executor: Executor
    var builder: AnswerBuilder
    /// Every English word the record's rendering, the lexicon and the question table use, made
    /// at the first question that needs it (suggestions, spelling) and kept: making it for each
    /// question was 17 ms of a question with no answer.
    let englishWords = BuiltOnce<Set<String>>()

    public init(store: FactStore, tables: ExtractionTables) {
        self.store = store
        understander = Understander(vocabulary: Vocabulary(lexicon: store.lexicon, speakers: store.speakers,
                                                           unitWords: tables.unitWords.keys, common: Self.commonEntries(store)))
        planner = Planner(store: store, tables: tables)
        executor = Executor(store: store)
        builder = AnswerBuilder(store: store, executor: executor, tables: tables)
    }

    /// English words of the lexicon that the loaded records do use: what "did you mean" offers.
    /// Worked out when an answer is empty, not at start-up: most lines never need it.
    var usedVocabulary: [String] {
        store.lexicon.entries.indices.filter { !store.sentences(mentioning: $0).isEmpty }.flatMap { store.lexicon.entries[$0].english }
    }

    /// Entries mentioned in more than a fifth of the sentences: too common to narrow a question.
    static func commonEntries(_ store: FactStore) -> Set<String> {
        let sentences = store.records.reduce(0) { $0 + $1.sentences.count }
        guard sentences >= 20 else { return [] }
        return Set(store.lexicon.entries.indices.filter { store.sentences(mentioning: $0).count * 5 > sentences }
            .map { store.lexicon.entries[$0].id })
    }

    /// A follow-up line written out against the session's last question (FollowUp).
    func followUp(_ line: String, after last: Statement?) -> FollowUp.Resolution {
        FollowUp.resolve(line, after: last, isSpeaker: understander.vocabulary.isSpeaker) { phrase in
            guard let u = try? understander.understand(phrase), case .overview(let t)? = u.candidates.first?.query else { return nil }
            return t
        }
    }

    /// A word gloss for records with no English rendering of their own.
    public var gloss: (@Sendable (String) -> String?)? {
        get { builder.gloss }
        set { builder.gloss = newValue }
    }

    /// The statement chosen among a line's readings, its plan and its answer.
    public struct Outcome: Sendable {
        public let statement: Statement
        public let plan: QueryPlan
        public var answer: Answer
    }

    public enum Failure: Error, Sendable {
        case query(QueryError)
        case cancelled
    }

    /// Whether a reading answers the question: it has rows; for "did S say T", S is among the
    /// speakers found (a "no" with others' quotes as evidence gives way to a later reading that
    /// says yes: "did Trump say anything about tariffs on Japan" is answered by his tariff quotes
    /// even though they do not name Japan).
    func answers(_ plan: QueryPlan, _ items: [PlanRow]) -> Bool {
        guard case .check(let speakers, _) = plan.answerKind else { return !items.isEmpty }
        let ids = Set(speakers.map(\.id))
        return items.contains { if case .quote(let i) = $0 { return ids.contains(store.quotes[i].speaker.id) }; return false }
    }

    public func answer(_ line: String, language: AnswerLanguage = .both, cancel: Cancellation = .never) throws(Failure) -> Outcome {
        do {
            return try answer(line, language: language, cancel: cancel, correcting: true)
        } catch {
            guard case .query(let e) = error, let fixed = try corrected(e, in: line, language: language, cancel: cancel) else { throw error }
            return fixed
        }
    }

    /// `correcting`: whether a misspelt term that finds nothing may be read as the word meant (SpellingCorrection).
    func answer(_ line: String, language: AnswerLanguage, cancel: Cancellation, correcting: Bool) throws(Failure) -> Outcome {
        let understanding: Understanding
        do { understanding = try understander.understand(line) } catch { throw .query(error) }
        var chosen: (Statement, QueryPlan, [PlanRow])?
        var firstError: QueryError?
        var tried: [Statement] = []
        /// Runs readings in order until one has rows; the first that plans is kept if none has.
        func run(_ statements: [Statement]) throws(Failure) {
            for statement in statements where !tried.contains(where: { $0.query == statement.query && $0.limit == statement.limit }) {
                tried.append(statement)
                let plan: QueryPlan
                do {
                    plan = try planner.plan(statement)
                } catch {
                    firstError = firstError ?? error
                    continue
                }
                if plan.explainOnly { chosen = (statement, plan, []); return }
                let items: [PlanRow]
                do { items = try executor.run(plan.root, cancel: cancel) } catch { throw .cancelled }
                let found = answers(plan, items)
                if chosen == nil || found { chosen = (statement, plan, items) }
                if found { return }
            }
        }
        try run(understanding.candidates)
        var focus = understanding.focus
        var candidates = understanding.candidates
        // A canonical line that finds nothing, or names no one the record knows (`what did both
        // leaders say …`, `compare Trump and Ishiba on tariffs`), is read again as a plain question.
        if chosen.map({ $0.2.isEmpty && !$0.1.explainOnly }) ?? true, !understanding.rewritten || chosen == nil,
           let again = try? understander.readings(of: line) {
            try run(again.candidates)
            focus = focus ?? again.focus
            candidates += again.candidates
        }
        // Nothing answers every word: what comes nearest, said to be that (NearestReading).
        var nearest: NearestReading?
        if let (statement, plan, items) = chosen, items.isEmpty, !plan.explainOnly,
           let found = try nearestReading(to: statement, among: candidates, cancel: cancel) {
            nearest = found
            chosen = (found.statement, found.plan, found.items)
        }
        guard let (statement, plan, items) = chosen else { throw .query(firstError ?? QueryError.empty) }
        var builder = self.builder
        builder.language = language
        var answer = plan.explainOnly ? builder.explain(plan) : builder.answer(plan, items: items)
        if !understanding.rewritten, statement.query == understanding.candidates[0].query {
            // Asked in the canonical language: nothing to explain.
        } else if let typed = try? parseQuery(line), typed.query == statement.query, typed.limit == statement.limit, typed.format == statement.format {
            // Asked in the canonical language: nothing to explain.
        } else {
            answer.understoodAs = statement.canonicalText
        }
        if let nearest {
            if let lead = nearest.lead { answer.lead = lead }
            answer.notes = nearest.notes + answer.notes
        }
        if let focus, !plan.explainOnly, nearest?.lead == nil { lead(for: focus, &answer, plan: plan, items: items) }
        if !plan.explainOnly, answer.rows.isEmpty {
            answer.notes += suggestions(for: statement, plan: plan)
        }
        let outcome = Outcome(statement: statement, plan: plan, answer: answer)
        if correcting, let fixed = try corrected(outcome, language: language, cancel: cancel) { return fixed }
        return outcome
    }
}
