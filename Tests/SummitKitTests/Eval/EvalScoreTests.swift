import Testing
@testable import SummitKit

/// `summit eval`'s scoring on an invented report with invented labels.
@Suite struct EvalScoreTests {
    static let report = """
    見出し

    民政党の山川国会対策委員長は「審議を急ぐべきだ」と述べました。政府は「検討中だ」としています。会場の「桜の間」で式典が開かれ、参加者はおよそ300人、費用は２割増えました。
    その後、山川委員長は「一歩前進だ」と述べました。

    """

    static let gold = """
    {"url": "https://example.invalid/1", "date": "2024-03-01",
     "quotes": [
      {"text": "審議を急ぐべきだ", "speaker": "民政党の山川国会対策委員長", "speaker_en": "Yamakawa", "line": 3, "kind": "statement"},
      {"text": "検討中だ", "speaker": "政府", "speaker_en": "the government", "line": 3, "kind": "statement"},
      {"text": "一歩前進だ", "speaker": "山川委員長", "speaker_en": "Yamakawa", "line": 4, "kind": "statement"},
      {"text": "書かれた言葉", "speaker": "報告書", "speaker_en": "the report", "line": 3, "kind": "written"}
     ],
     "not_quotes": ["桜の間"],
     "figures": [
      {"surface": "およそ300人", "value": 300, "unit": "people", "line": 3},
      {"surface": "２割", "value": 20, "unit": "percent", "line": 3},
      {"surface": "５台", "value": 5, "unit": "units", "line": 4}
     ],
     "people": [], "times": [], "notes": ""}
    """

    @Test func scoresQuotesSpeakersAndFigures() throws {
        let labels = try GoldLabels(json: Self.gold)
        let s = Extractor().score(Record(name: "r-2024-03-01.txt", bytes: Array(Self.report.utf8)), against: labels)
        #expect(s.spokenQuotes == 3)     // the written one is not scored
        #expect(s.quotesFound == 3)
        #expect(s.speakersRight == 3)
        #expect(s.notQuotesTaken == 0)
        #expect(s.unlabelledQuotes == 0)
        #expect(s.figures == 3)
        #expect(s.figuresFound == 2)
        #expect(s.misses == ["L4 figure not found: ５台 = 5 units"])
    }

    @Test func aWrongSpeakerAndAMissAreListed() throws {
        let labels = try GoldLabels(json: Self.gold.replacing("\"speaker\": \"政府\"", with: "\"speaker\": \"野党側\"")
                                                   .replacing("一歩前進だ", with: "二歩前進だ"))
        let s = Extractor().score(Record(name: "r.txt", bytes: Array(Self.report.utf8)), against: labels)
        #expect(s.quotesFound == 2)
        #expect(s.speakersRight == 1)
        #expect(s.unlabelledQuotes == 1)
        #expect(s.misses.contains { $0.hasPrefix("L3 speaker: got 政府") })
        #expect(s.misses.contains { $0.hasPrefix("L4 quote not found") })
    }

    @Test(arguments: [
        ("{", "not valid JSON"),
        ("[]", "not a JSON object"),
        ("{\"quotes\": [{\"text\": \"a\"}]}", "quotes[0]"),
        ("{\"quotes\": [{\"text\": \"a\", \"line\": 1, \"kind\": \"sung\"}]}", "kind 'sung'"),
        ("{\"figures\": [{\"value\": \"many\", \"line\": 1}]}", "figures[0]"),
    ])
    func badLabelsSayWhatIsWrong(_ json: String, _ expected: String) {
        do { _ = try GoldLabels(json: json); Issue.record("accepted \(json)") } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test(arguments: [
        ("自民党の森田幹事長", "森田幹事長", true),          // an affiliation before の
        ("森田大臣", "森田外務大臣", true),                   // one title ending the other
        ("森田防衛相", "森田防衛大臣", true),                 // two forms of one office
        ("大臣に同行している通信社の記者", "通信社の記者", true), // the head of a described speaker
        ("ムン大統領", "ムン・ジェイン大統領", true),          // a short form of the name
        ("増田寛也氏", "増田寛也氏", true),
        ("森田幹事長", "森本幹事長", false),
        ("森田外務大臣", "森田防衛大臣", false),              // same name, another office
        ("日本政府", "防衛省", false),
    ])
    func speakerMatching(_ label: String, _ ja: String, _ expected: Bool) {
        let x = Extractor(lexicon: testLexicon)
        let m = SpeakerMatch(names: x.names, lexicon: x.lexicon)
        let speaker = Speaker(id: Speaker.unlistedID(ja), ja: ja, en: ja, role: nil, kind: .person)
        #expect(m.matches(label: label, speaker: speaker, written: nil) == expected)
    }

    @Test func unknownMatchesOnlyUnknown() {
        let x = Extractor(lexicon: testLexicon)
        let m = SpeakerMatch(names: x.names, lexicon: x.lexicon)
        #expect(m.matches(label: "unknown", speaker: Speaker.unknown, written: nil))
        #expect(!m.matches(label: "石破首相", speaker: Speaker.unknown, written: nil))
        let ishiba = Speaker(id: "ishiba", ja: "石破総理大臣", en: "Ishiba", role: nil, kind: .person)
        #expect(m.matches(label: "石破氏", speaker: ishiba, written: nil))   // by the lexicon's forms
        #expect(!m.matches(label: "unknown", speaker: ishiba, written: nil))
    }
}
