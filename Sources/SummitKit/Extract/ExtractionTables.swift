import SummitData

/// The extraction rules' vocabulary, read from Grammar/extraction.tsv (compiled into the binary).
public struct ExtractionTables: Sendable {
    public struct ReportingVerb: Sendable {
        public enum Kind: String, Sendable { case statement, question, written }
        let form: [UInt8]; let kind: Kind; let adjacent: Bool
        var isQuestion: Bool { kind == .question }
    }
    public struct Title: Sendable {
        let form: [UInt8]; let role: String
        /// 氏, さん, 陛下: a person, no office.
        var isHonorific: Bool { role.isEmpty }
    }
    /// A word that ends the name of a speaking body (側, 省, 記者 …) and what kind of speaker it makes.
    public struct SpeakerSuffix: Sendable {
        let form: [UInt8]; let kind: Speaker.Kind
        /// 野党, 記者 speak on their own; 側 and 省 need a name before them.
        let standsAlone: Bool
    }
    public struct Qualifier: Sendable { let form: [UInt8]; let meaning: String; let before: Bool }
    public enum UnitKind: String, Sendable, CaseIterable { case currency, quantity, duration, ordinal, none }
    public struct UnitForm: Sendable {
        let form: [UInt8]; let code: String; let kind: UnitKind
        /// What one of this unit is in `code` (割 is ten percent).
        var scale: Double = 1
    }
    /// 「の1つ」 is "one of", not a count: a unit that is no figure with this value after this word.
    public struct NotFigure: Sendable { let before: [UInt8]; let unit: [UInt8]; let value: Double }
    public struct TimeZoneForm: Sendable { let form: [UInt8]; let name: String; let offset: String }
    public struct TimeWord: Sendable {
        let form: [UInt8]; let meaning: String; let role: String
        /// The hours, on the 24-hour clock, a part of the day covers (夜: 18-24): a clock hour written
        /// after it is read as the one of h and h+12 inside them (夜9時 is 21:00). Nil reads it as written.
        var hours: ClosedRange<Int>? = nil
    }
    public struct RelativeTime: Sendable { let form: [UInt8]; let shift: Int; let scale: String }
    public struct Equivalence: Sendable { let form: [UInt8]; let currency: String }
    public struct EventWord: Sendable { let form: [UInt8]; let english: String }
    public struct EventPhase: Sendable { let form: [UInt8]; let phase: TimedEvent.Phase }


    /// Query words for units (yen → JPY); `*currency` means every currency.
    public var unitWords: [String: String] { unitWordTable.value { Self.unitWords(rows) } }
    /// Amounts in questions (`over 500 billion yen`) are read with the units, longest form first.
    var units: [UnitForm] { basics.units }
    /// A record is segmented with the boilerplate, not-heading, related-heading and ending rows.
    var boilerplate: [[UInt8]] { basics.boilerplate }
    var notHeadingPrefixes: [[UInt8]] { basics.notHeadingPrefixes }
    var relatedHeadings: [[UInt8]] { basics.relatedHeadings }
    var sentenceEndings: [[UInt8]] { basics.sentenceEndings }
    public var attendanceWords: [String] { basics.attendanceWords }
    /// Words that report what the sides agreed or confirmed (一致, 確認, 合意): `agreements` lists their sentences.
    public var agreementWords: [String] { basics.agreementWords }
    /// Words that make an agreement sentence a hope or a plan (合意したい, 確認する見通し).
    public var agreementHopeWords: [String] { basics.agreementHopeWords }
    /// Endings of an agreement word's clause that make it a plan (発表することにしています).
    public var agreementPlanWords: [String] { basics.agreementPlanWords }
    /// Endings of a subject that make an agreement one between companies (…自動車は, …社が), not the sides'.
    public var agreementOutsiders: [String] { basics.agreementOutsiders }

    /// The rows, read into each group of words the first time one of its words is asked for and
    /// shared by the tables' copies: a one-shot question answered from frozen facts needs the
    /// unit words alone, and reading every group at every start was a tenth of it.
    private let rows: [TableFile.Row]
    private let unitWordTable = BuiltOnce<[String: String]>()
    private let basicWords = BuiltOnce<Basics>()
    private let extractionWords = BuiltOnce<Words>()
    private let englishWords = BuiltOnce<EnglishWords>()

    /// The English answers write units, clocks and parts of the day in, read the first time an
    /// answer is asked for in English.
    public var english: EnglishWords { englishWords.value { EnglishWords(rows: rows) } }

    /// Everything only extraction reads (titles, reporting verbs, time words …), read from the
    /// rows the first time an extractor is made and shared by the tables' copies: answering
    /// from facts already extracted never needs it, and reading it was most of the tables' cost.
    var words: Words { extractionWords.value { Words(rows: rows, units: units) } }

    private var basics: Basics { basicWords.value { Basics(rows: rows) } }

    /// The tables bundled with summit.
    public static let bundled = ExtractionTables(table: TableFile(compiled: CompiledTables.extraction))

    public init(bytes: [UInt8]) { self.init(table: TableFile(bytes: bytes)) }

    init(table: TableFile) {
        rows = table.rows
    }

    /// `unit-word` rows: a query word (lower-cased) → its unit code.
    private static func unitWords(_ rows: [TableFile.Row]) -> [String: String] {
        // Sized once: growing a dictionary of strings rehashes every key at each step.
        var unitWordRows = 0
        for row in rows where row[0] == "unit-word" { unitWordRows += 1 }
        var words: [String: String] = [:]
        words.reserveCapacity(unitWordRows)
        for row in rows where row[0] == "unit-word" && !row[1].isEmpty { words[row[1].lowercased()] = row[2] }
        return words
    }

    /// The units, the segmentation rows and the words answers about attendance and agreements use.
    private struct Basics: Sendable {
        var units: [UnitForm] = []
        var boilerplate: [[UInt8]] = []
        var notHeadingPrefixes: [[UInt8]] = []
        var relatedHeadings: [[UInt8]] = []
        var sentenceEndings: [[UInt8]] = []
        var attendanceWords: [String] = []
        var agreementWords: [String] = []
        var agreementHopeWords: [String] = []
        var agreementPlanWords: [String] = []
        var agreementOutsiders: [String] = []

        init(rows: [TableFile.Row]) {
            for row in rows {
                switch row[0] {
                case "unit":
                    let form = Array(row[1].utf8)
                    if !form.isEmpty { units.append(.init(form: form, code: row[2], kind: UnitKind(rawValue: row[3]) ?? .quantity, scale: Double(row[4]) ?? 1)) }
                case "not-heading": if !row[1].isEmpty { notHeadingPrefixes.append(Array(row[1].utf8)) }
                case "boilerplate": if !row[1].isEmpty { boilerplate.append(Array(row[1].utf8)) }
                case "related-heading": if !row[1].isEmpty { relatedHeadings.append(Array(row[1].utf8)) }
                case "sentence-ending": if !row[1].isEmpty { sentenceEndings.append(Array(row[1].utf8)) }
                case "attendance": if !row[1].isEmpty { attendanceWords.append(row[1]) }
                case "agreement": if !row[1].isEmpty { agreementWords.append(row[1]) }
                case "agreement-hope": if !row[1].isEmpty { agreementHopeWords.append(row[1]) }
                case "agreement-plan": if !row[1].isEmpty { agreementPlanWords.append(row[1]) }
                // A company's name ends as an organization's does (…自動車, …銀行): those rows serve both.
                case "agreement-outsider", "org-suffix": if !row[1].isEmpty { agreementOutsiders.append(row[1]) }
                default: continue
                }
            }
            // Longest form first (億ドル before ドル), in table order within a length: a pass per
            // length, since the general sort, instantiating its buffer's metadata at first use,
            // cost more than reading the rest of the table.
            let longest = units.reduce(0) { max($0, $1.form.count) }
            var byLength: [UnitForm] = []
            byLength.reserveCapacity(units.count)
            for length in stride(from: longest, through: 1, by: -1) {
                for unit in units where unit.form.count == length { byLength.append(unit) }
            }
            units = byLength
        }
    }

    /// How English answers write what the report wrote: an amount's unit (`unit-english`), the
    /// clock a time names (`time-zone`, field 5), a part of the day (`time-word`, field 5).
    public struct EnglishWords: Sendable {
        /// How an amount of a unit reads: `$` before the number, or a word after it (yen; person for one).
        public struct Unit: Sendable, Equatable {
            public let many: String
            public let one: String
            public let before: Bool
        }
        public private(set) var units: [String: Unit] = [:]
        /// Each written zone (日本時間) with its English ("Japan time"), longest form first.
        public private(set) var zones: [(form: String, english: String)] = []
        /// A part of the day's meaning (early-morning) → its English (early hours); the first row wins.
        public private(set) var partsOfDay: [String: String] = [:]

        init(rows: [TableFile.Row]) {
            for row in rows {
                switch row[0] {
                case "unit-english":
                    guard let many = row.optional(2), let extra = row.optional(3) else { continue }
                    units[row[1]] = extra == "before" ? Unit(many: many, one: many, before: true) : Unit(many: many, one: extra, before: false)
                case "time-zone": if let english = row.optional(4) { zones.append((row[1], english)) }
                case "time-word":
                    if row[3] != "qualifier", row[3] != "not-period", let english = row.optional(4), partsOfDay[row[2]] == nil { partsOfDay[row[2]] = english }
                default: continue
                }
            }
            zones.sort { $0.form.utf8.count > $1.form.utf8.count }
        }

        public init(units: [String: Unit], zones: [(form: String, english: String)], partsOfDay: [String: String]) {
            self.units = units
            self.zones = zones.sorted { $0.form.utf8.count > $1.form.utf8.count }
            self.partsOfDay = partsOfDay
        }
    }

    /// The vocabulary only extraction reads.
    struct Words: Sendable {
        var reportingVerbs: [ReportingVerb] = []
        var titles: [Title] = []
        /// Single characters that are no name before a title (a short list, asked only of a
        /// one-character name: a set of strings cost more to build than all its lookups).
        var titleNotName: [String] = []
        /// Honorifics from the title table (an empty role), as bytes: a titled person met later as 岡野氏.
        var honorifics: [[UInt8]] { titles.filter(\.isHonorific).map(\.form) }
        var quoteTails: [[UInt8]] = []
        var speakerSuffixes: [SpeakerSuffix] = []
        var subjectParticles: [[UInt8]] = []
        var speechNouns: [[UInt8]] = []
        var notReporting: [[UInt8]] = []
        var topicMarkers: [[UInt8]] = []
        var settings: [[UInt8]] = []
        var qualifiers: [Qualifier] = []
        /// The tables' units (`ExtractionTables.units`), for the figure rules.
        let units: [UnitForm]
        var ordinalPrefixes: [[UInt8]] = []
        var fractions: [(form: [UInt8], value: Double)] = []
        var rangeJoiners: [[UInt8]] = []
        var notFigures: [NotFigure] = []
        var equivalences: [Equivalence] = []
        var timeZones: [TimeZoneForm] = []
        var timeWords: [TimeWord] = []
        var relativeTimes: [RelativeTime] = []
        /// What times can time (会談 → talks), what makes an event only a reference point (に先立って),
        /// and what says the time is its start or end (始まり, 終了): see `EventRules`.
        var events: [EventWord] = []
        var eventAnchors: [[UInt8]] = []
        var eventPhases: [EventPhase] = []
        var orgSuffixes: [[UInt8]] = []
        var askerParticles: [[UInt8]] = []
        /// Words that say a quote answers a question (問われ, 質問に対し): see `QuestionRules`.
        var questionCues: [(form: [UInt8], needsContent: Bool)] = []
        var topicStrips: [[UInt8]] = []
        var headlineParticles: [[UInt8]] = []

        /// `18-24` → 18...24 (the hours field of a `time-word` row); nil for anything else.
        static func hourSpan(_ field: String) -> ClosedRange<Int>? {
            let ends = field.split(separator: "-").compactMap { Int($0) }
            guard ends.count == 2, 0 <= ends[0], ends[0] <= ends[1], ends[1] <= 24 else { return nil }
            return ends[0]...ends[1]
        }

        init(rows: [TableFile.Row], units: [UnitForm]) {
            self.units = units
            for row in rows {
                let form = Array(row[1].utf8)
                if form.isEmpty { continue }
                switch row[0] {
                case "reporting-verb":
                    reportingVerbs.append(.init(form: form, kind: ReportingVerb.Kind(rawValue: row[2]) ?? .statement, adjacent: row[3] == "adjacent"))
                case "quote-tail": quoteTails.append(form)
                case "speaker-suffix":
                    speakerSuffixes.append(.init(form: form, kind: Speaker.Kind(rawValue: row[2]) ?? .group, standsAlone: row[3] == "word"))
                case "subject-particle": subjectParticles.append(form)
                case "speech-noun": speechNouns.append(form)
                case "not-reporting": notReporting.append(form)
                case "title": titles.append(.init(form: form, role: row.optional(2) ?? ""))
                case "title-not-name": titleNotName.append(row[1])
                case "topic-marker": topicMarkers.append(form)
                case "setting": settings.append(form)
                case "qualifier": qualifiers.append(.init(form: form, meaning: row[2], before: row[3] == "before"))
                case "fraction": fractions.append((form, Double(row[2]) ?? 0))
                case "range-joiner": rangeJoiners.append(form)
                case "not-figure": notFigures.append(.init(before: form, unit: Array(row[2].utf8), value: Double(row[3]) ?? 1))
                case "ordinal-prefix": ordinalPrefixes.append(form)
                case "equivalence": equivalences.append(.init(form: form, currency: row[2]))
                case "time-zone": timeZones.append(.init(form: form, name: row[2], offset: row[3]))
                case "time-word":
                    timeWords.append(.init(form: form, meaning: row[2], role: row[3], hours: row.optional(5).flatMap(Self.hourSpan)))
                case "relative-time": relativeTimes.append(.init(form: form, shift: Int(row[2]) ?? 0, scale: row[3]))
                case "event": events.append(.init(form: form, english: row[2]))
                case "event-anchor": eventAnchors.append(form)
                case "event-phase": if let p = TimedEvent.Phase(rawValue: row[2]) { eventPhases.append(.init(form: form, phase: p)) }
                case "org-suffix": orgSuffixes.append(form)
                case "asker-particle": askerParticles.append(form)
                case "question-cue": questionCues.append((form, row[2] == "needs-content"))
                case "topic-strip": topicStrips.append(form)
                case "headline-particle": headlineParticles.append(form)
                default: continue
                }
            }
            // Longest form first everywhere: 国家安全保障局長 before 局長, を超える before を超え.
            reportingVerbs.sort { $0.form.count > $1.form.count }
            titles.sort { $0.form.count > $1.form.count }
            topicMarkers.sort { $0.count > $1.count }
            qualifiers.sort { $0.form.count > $1.form.count }
            timeZones.sort { $0.form.count > $1.form.count }
            timeWords.sort { $0.form.count > $1.form.count }
            relativeTimes.sort { $0.form.count > $1.form.count }
            equivalences.sort { $0.form.count > $1.form.count }
            topicStrips.sort { $0.count > $1.count }
            headlineParticles.sort { $0.count > $1.count }
            questionCues.sort { $0.form.count > $1.form.count }
        }
    }
}

