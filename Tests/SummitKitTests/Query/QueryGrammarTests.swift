import Testing
import SummitData
@testable import SummitKit

@Suite struct QueryGrammarTests {
    @Test func everyExampleInTheEmbeddedGrammarParses() {
        let grammar = String(decoding: EmbeddedData.queryGrammar, as: UTF8.self)
        let examples = QueryGrammar.examples(in: grammar)
        #expect(examples.count >= 40)
        #expect(examples == QueryGrammar.examples)
        for example in examples {
            #expect(throws: Never.self, "\(example)") { _ = try parseQuery(example) }
        }
    }

    @Test func examplesCoverEveryQueryForm() {
        var seen: Set<String> = []
        func name(_ q: Query) -> String {
            switch q {
            case .whoSaid: return "whoSaid"
            case .quotes: return "quotes"
            case .figures: return "figures"
            case .entities: return "entities"
            case .whoAttended: return "whoAttended"
            case .timeline: return "timeline"
            case .topics: return "topics"
            case .mentions: return "mentions"
            case .count: return "count"
            case .source: return "source"
            case .explain: return "explain"
            case .overview: return "overview"
            case .check: return "check"
            case .card: return "card"
            case .agreements: return "agreements"
            case .compare: return "compare"
            case .duration: return "duration"
            }
        }
        for example in QueryGrammar.examples { if let q = query(example) { seen.insert(name(q)) } }
        #expect(seen.count == 17)
    }

    @Test func helpTopicsAreTheMarkedSections() {
        let topics = QueryGrammar.helpTopics()
        #expect(topics.map(\.topic) == ["overview", "quotes", "terms", "figures", "amounts", "entities", "count",
                                         "answers", "questions", "source", "explain", "modifiers", "japanese", "shell"])
        let figures = topics.first { $0.topic == "figures" }?.text ?? ""
        #expect(figures.hasPrefix("(* Numbers found in the record"))
        #expect(figures.contains("(* example: figures in yen *)"))
        #expect(!figures.contains("topic:"))
    }

    @Test func parsingHelpersWorkOnAnyText() {
        let text = """
            intro
            (* == topic: a == *)
            rule = "x" ;
              (* example: who said x *)
            (* == topic: b == *)
            (* example:   timeline   *)
            """
        #expect(QueryGrammar.examples(in: text) == ["who said x", "timeline"])
        let topics = QueryGrammar.topics(in: text)
        #expect(topics.map(\.topic) == ["a", "b"])
        #expect(topics[0].text == "rule = \"x\" ;\n  (* example: who said x *)")
    }
}
