/// The grammar's positions as a state machine over completed words, for completion.
///
/// It follows the parser's rules loosely (it never fails; a line it cannot follow goes to
/// `.lost`), and each state knows which kind of word is valid next.
indirect enum CompletionState {
    /// Which clauses the current query still accepts, and which modifiers are unused.
    struct Open {
        var clauses: [String]
        var modifiers = ["limit", "as"]
        /// In `count`, `by` takes a grouping, not a speaker.
        var byGroups = false
        /// After `who attended except`, `and` adds another name to the list.
        var listing = false
    }

    case start(explained: Bool)
    case afterWho, afterWhat, countTarget, sourceId
    case expectSpeaker(Open), inSpeaker(Open)
    case expectTerm(Open), inTerm(Open), optionalTerm(Open)
    case unit(Open), format(Open), limitNumber(Open), groupBy(Open)
    case amount(Open, between: Bool), inAmount(Open, between: Bool)
    /// After `timeline … at`: the words of a clock reading, until the next clause.
    case clock(Open), inClock(Open)
    case done(Open)
    case lost

    func after(_ word: PrefixWords.Word) -> CompletionState {
        let key = word.key
        switch self {
        case .start(let explained):
            switch key {
            case "explain" where !explained: return .start(explained: true)
            case "who": return .afterWho
            case "what": return .afterWhat
            case "quotes": return .done(Open(clauses: ["by", "about"]))
            case "figures": return .done(Open(clauses: Keywords.figureClauses))
            case "people", "organizations", "orgs", "places": return .done(Open(clauses: ["about"]))
            case "timeline": return .done(Open(clauses: ["all", "about", "at"]))
            case "agreements": return .done(Open(clauses: ["about"]))
            case "topics": return .done(Open(clauses: []))
            case "mentions", "overview", "duration": return .expectTerm(Open(clauses: []))
            case "did": return .expectSpeaker(Open(clauses: ["say", "mention"]))
            case "compare": return .expectSpeaker(Open(clauses: ["and"]))
            case "count": return .countTarget
            case "source": return .sourceId
            default: return .lost
            }
        case .afterWho:
            if key == "said" { return .expectTerm(Open(clauses: [])) }
            if key == "is" { return .expectSpeaker(Open(clauses: [])) }
            return key == "attended" ? .done(Open(clauses: ["except"])) : .lost
        case .afterWhat:
            return key == "did" ? .expectSpeaker(Open(clauses: ["say"])) : .lost
        case .countTarget:
            if key == "mentions" { return .expectTerm(Open(clauses: ["by"], byGroups: true)) }
            if key == "quotes" || key == "figures" { return .optionalTerm(Open(clauses: ["about", "by"], byGroups: true)) }
            return .lost
        case .sourceId:
            return .done(Open(clauses: []))
        case .expectSpeaker(let open), .inSpeaker(let open):
            if case .inSpeaker = self, let next = CompletionState.clause(key, open) { return next }
            return .inSpeaker(open)
        case .expectTerm(let open):
            if key == "not" || word.kind == .leftParen { return self }
            return .inTerm(open)
        case .inTerm(let open):
            if key == "or" || key == "and" || key == "not" { return .expectTerm(open) }
            return CompletionState.clause(key, open) ?? self
        case .optionalTerm(var open):
            if let next = CompletionState.clause(key, open) { return next }
            open.clauses.removeAll { $0 == "about" }
            return .inTerm(open)
        case .unit(let open), .format(let open), .limitNumber(let open), .groupBy(let open):
            return .done(open)
        case .amount(let open, let between):
            return .inAmount(open, between: between)
        case .inAmount(let open, let between):
            if between && key == "and" { return .amount(open, between: false) }
            if Keywords.scales[key] != nil || Keywords.currencies[key] != nil || Keywords.currencies[word.text] != nil {
                return self
            }
            return CompletionState.clause(key, open) ?? .lost
        case .clock(let open):
            return .inClock(open)
        case .inClock(let open):
            return CompletionState.clause(key, open) ?? self
        case .done(let open):
            return CompletionState.clause(key, open) ?? .lost
        case .lost:
            return .lost
        }
    }

    /// The state after a clause or modifier keyword, or nil when `key` is not one here.
    static func clause(_ key: String, _ open: Open) -> CompletionState? {
        var rest = open
        if open.clauses.contains(key) {
            let amountWords = ["over", "under", "between"]
            // `all` comes only first (timeline all …): any other clause closes it.
            rest.clauses.removeAll { $0 == key || $0 == "all" || (amountWords.contains(key) && amountWords.contains($0)) }
            switch key {
            case "about": return .expectTerm(rest)
            case "by": return open.byGroups ? .groupBy(rest) : .expectSpeaker(rest)
            case "in": return .unit(rest)
            case "over", "under": return .amount(rest, between: false)
            case "between": return .amount(rest, between: true)
            case "say" where open.clauses.contains("mention"), "mention":
                return .expectTerm(Open(clauses: [], modifiers: open.modifiers))
            case "say": return .done(Open(clauses: ["about"], modifiers: open.modifiers))
            case "and" where open.listing: return .expectSpeaker(open)
            case "and": return .expectSpeaker(Open(clauses: ["about"], modifiers: open.modifiers))
            case "except": return .expectSpeaker(Open(clauses: ["and"], modifiers: open.modifiers, listing: true))
            case "all": return .done(rest)
            case "at": return .clock(rest)
            default: return nil
            }
        }
        if open.modifiers.contains(key) {
            rest.modifiers.removeAll { $0 == key }
            return key == "limit" ? .limitNumber(rest) : .format(rest)
        }
        return nil
    }

    var context: CompletionContext {
        switch self {
        case .start(let explained):
            return .keyword(Keywords.queryStarts.filter { $0 != "orgs" && !(explained && $0 == "explain") })
        case .afterWho: return .keyword(["said", "attended", "is"])
        case .afterWhat: return .keyword(["did"])
        case .countTarget: return .keyword(Keywords.countTargets)
        case .groupBy: return .keyword(Keywords.groupings)
        case .expectSpeaker: return .speaker
        case .expectTerm: return .term
        case .unit: return .unit
        case .format: return .format
        case .inTerm(let open): return .keyword(open.clauses + ["or", "and"] + open.modifiers)
        case .inAmount(let open, let between):
            return .keyword((between ? ["and"] : []) + open.clauses + open.modifiers)
        case .inSpeaker(let open), .optionalTerm(let open), .done(let open), .inClock(let open):
            let words = open.clauses + open.modifiers
            return words.isEmpty ? .none : .keyword(words)
        case .sourceId: return .factID
        case .limitNumber, .amount, .clock, .lost:
            return .none
        }
    }
}
