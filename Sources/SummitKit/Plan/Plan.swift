/// A query plan: a tree of operators over the fact store's indexes. `explain` prints it; the
/// executor runs it.
public indirect enum PlanNode: Sendable {
    /// Every fact of a kind.
    case scan(FactKind)
    /// Quotes of these speakers (index: quotes by speaker).
    case quotesBySpeaker([Speaker])
    /// Figures in these units (index: figures by unit).
    case figuresByUnit([String])
    /// Figures inside quotes of these speakers (index: figures by speaker).
    case figuresBySpeaker([Speaker])
    /// Sentences mentioning lexicon entries (index: mentions by term), checked against the term.
    case mentionsByTerm(TermMatcher)
    /// Keep rows whose text, topic or section heading match the term.
    case match(TermMatcher, PlanNode)
    case filter(Predicate, PlanNode)
    /// Figures converted at the record's own rate (as stated: 1 from = rate to; applied either way).
    case convert(to: String, rate: ExchangeRate, PlanNode)
    case union([PlanNode])
    case group(GroupKey, PlanNode)
    case sort(SortKey, PlanNode)
    case limit(Int, PlanNode)
    case project([String], PlanNode)
    /// A single fact by id (index: facts by id).
    case lookup(String)

    public enum FactKind: String, Sendable { case quotes, figures, times, entities, sections, sentences }
    public enum GroupKey: String, Sendable { case speaker, topic, unit, section }
    public enum SortKey: String, Sendable { case line, time, value, mentions, count }

    public enum Predicate: Sendable, CustomStringConvertible {
        case speakerIn([Speaker])
        case amount(lower: Double?, upper: Double?, unit: String?, text: String)
        case entityTypes([EntityType])
        case entityMentionedNear(TermMatcher)
        case attendance([String])
        /// Entities other than these (by id): the people a question leaves out.
        case entityNotIn([String])
        /// Sentences that contain one of these words (agreement, confirmation).
        case sentenceSays([String])
        /// Sentences where an agreement word stands as done (一致した, not 一致したい nor
        /// 発表することにしています) and its subject is not a company: what the sides agreed.
        case agreementStated(AgreementWords)
        /// Quotes whose own sentence (共同記者会見で「…」) or section heading names the term: where
        /// they were said.
        case saidAt(TermMatcher)
        /// Figures whose unit is of this kind (durations).
        case unitKind(ExtractionTables.UnitKind)
        /// Clock times that read within half an hour of this one, in their own zone or in the zone
        /// of the same moment given elsewhere; `offset` (minutes east of UTC) when a zone was named.
        case clockNear(ClockReading, offset: Int?)

        public var description: String {
            switch self {
            case .speakerIn(let s): return "speaker in {" + s.map(\.id).joined(separator: ", ") + "}"
            case .amount(_, _, _, let text): return "amount " + text
            case .entityTypes(let t): return "type in {" + t.map(\.rawValue).joined(separator: ", ") + "}"
            case .entityMentionedNear(let m): return "mentioned in sentences matching \(m)"
            case .attendance(let w): return "named in sentences saying " + w.joined(separator: "|")
            case .entityNotIn(let ids): return "id not in {" + ids.joined(separator: ", ") + "}"
            case .sentenceSays(let w): return "sentence says " + w.joined(separator: "|")
            case .agreementStated(let a):
                return "sentence says " + a.words.joined(separator: "|") + ", not followed by " + a.hopes.joined(separator: "|")
                    + ", its clause not ending in " + a.plans.joined(separator: "|") + ", its subject not ending in " + a.outsiders.joined(separator: "|")
            case .saidAt(let m): return "said where the sentence or heading names \(m)"
            case .unitKind(let k): return "unit is a \(k.rawValue)"
            case .clockNear(let c, _): return "clock time within 30 minutes of " + c.text
            }
        }
    }
}

extension PlanNode {
    /// The plan as an indented tree, each step with the index it uses.
    public func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        func child(_ n: PlanNode) -> String { "\n" + n.rendered(indent: indent + 1) }
        switch self {
        case .scan(let k): return pad + "scan \(k.rawValue)"
        case .quotesBySpeaker(let s): return pad + "index lookup quotes by speaker [" + s.map(\.id).joined(separator: ", ") + "]  (index: speaker)"
        case .figuresByUnit(let u): return pad + "index lookup figures by unit [" + u.joined(separator: ", ") + "]  (index: unit)"
        case .figuresBySpeaker(let s): return pad + "index lookup figures by speaker [" + s.map(\.id).joined(separator: ", ") + "]  (index: speaker)"
        case .mentionsByTerm(let m): return pad + "index lookup sentences by term \(m)  (index: term)"
        case .match(let m, let n): return pad + "match \(m)" + child(n)
        case .filter(let p, let n): return pad + "filter \(p)" + child(n)
        case .convert(let to, let r, let n):
            let other = r.to == to ? r.from : r.to
            return pad + "convert \(other) → \(to) at 1 \(r.from) = \(formatNumber(r.rate)) \(r.to) (rate stated on line \(r.line))" + child(n)
        case .union(let ns): return pad + "union" + ns.map(child).joined()
        case .group(let k, let n): return pad + "group by \(k.rawValue)" + child(n)
        case .sort(let k, let n): return pad + "sort by \(k.rawValue)" + child(n)
        case .limit(let l, let n): return pad + "limit \(l)" + child(n)
        case .project(let c, let n): return pad + "project " + c.joined(separator: ", ") + child(n)
        case .lookup(let id): return pad + "index lookup fact \(id)  (index: id)"
        }
    }
}

/// The agreement rows of the tables, as `agreements` reads a sentence with them.
public struct AgreementWords: Sendable {
    /// 一致, 合意, 確認 …: the sentence reports an agreement.
    public var words: [String]
    /// Right after the word (合意したい, 確認する見通し): a hope, not an agreement.
    public var hopes: [String]
    /// Ending the word's clause when the word is not closed as done (ことにしています): a plan.
    public var plans: [String]
    /// Ending the word's subject (…社, …自動車): an agreement between companies.
    public var outsiders: [String]
}
