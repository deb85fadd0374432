import Testing
@testable import SummitKit

/// The rules that write a follow-up out against the question before it.
@Suite struct FollowUpTests {
    let understander = Understander(vocabulary: Vocabulary(lexicon: .bundled, speakers: [], unitWords: ["yen"]))

    func statement(_ line: String) throws -> Statement { try understander.understand(line).candidates[0] }

    func resolve(_ line: String, after last: String?) throws -> FollowUp.Resolution {
        let previous = try last.map(statement)
        return FollowUp.resolve(line, after: previous, isSpeaker: understander.vocabulary.isSpeaker) { phrase in
            guard case .overview(let t)? = try? understander.understand(phrase).candidates.first?.query else { return nil }
            return t
        }
    }

    @Test func aPronounStandsForTheLastNamedSpeaker() throws {
        #expect(try resolve("what did he say about cars", after: "what did trump say about alaska") == .question("what did trump say about cars"))
        #expect(try resolve("did she mention LNG", after: "did ishiba say tariffs") == .question("did ishiba mention LNG"))
        #expect(try resolve("彼は関税について何と言いましたか", after: "what did trump say") == .question("trumpは関税について何と言いましたか"))
        // Inside quotation marks "he" is a word looked for, not a person.
        #expect(try resolve("who said \"he is\"", after: "what did trump say") == .asTyped)
        // "the" and "here" only begin like one.
        #expect(try resolve("who said the here", after: "what did trump say") == .asTyped)
    }

    @Test func aPronounWithNoOneOrTwoToStandForSaysWhatToName() throws {
        guard case .unresolved(let none) = try resolve("what did he say", after: nil) else { Issue.record("resolved"); return }
        #expect(none.contains("no question before it") && none.contains("name the person"), "\(none)")
        guard case .unresolved(let two) = try resolve("what did he say", after: "compare trump and ishiba on tariffs") else { Issue.record("resolved"); return }
        #expect(two.contains("trump or ishiba"), "\(two)")
        guard case .unresolved(let nobody) = try resolve("what did he say", after: "who said LNG") else { Issue.record("resolved"); return }
        #expect(nobody.contains("no single speaker"), "\(nobody)")
    }

    @Test func theyStandsForThePeopleTheLastQuestionNamedTogether() throws {
        #expect(try resolve("what did they say about cars", after: "compare trump and ishiba about tariffs") == .question("what did trump and ishiba say about cars"))
        #expect(try resolve("compare them on alaska", after: "compare trump and ishiba") == .question("compare trump and ishiba on alaska"))
        #expect(try resolve("what did both of them say", after: "compare trump and ishiba") == .question("what did trump and ishiba say"))
        #expect(try resolve("彼らは関税について何と言いましたか", after: "compare trump and ishiba") == .question("trumpとishibaは関税について何と言いましたか"))
        // With no one named together before, English "they" keeps its own reading (the two leaders).
        #expect(try resolve("what did they agree on", after: nil) == .asTyped)
        #expect(try resolve("what did they say about cars", after: "what did trump say") == .asTyped)
        // 彼ら has no such reading: it says what to type.
        guard case .unresolved(let none) = try resolve("彼らは何と言いましたか", after: nil) else { Issue.record("resolved"); return }
        #expect(none.contains("no question before it") && none.contains("name them"), "\(none)")
        guard case .unresolved(let one) = try resolve("彼らは何と言いましたか", after: "what did trump say") else { Issue.record("resolved"); return }
        #expect(one.contains("fewer than two speakers") && one.contains("compare Trump and Ishiba"), "\(one)")
    }

    @Test func andXReplacesTheSpeakerOrTheTopic() throws {
        #expect(try resolve("and ishiba?", after: "what did trump say about alaska") == .question("what did ishiba say about alaska"))
        #expect(try resolve("what about tariffs?", after: "what did trump say about alaska") == .question("what did trump say about tariffs"))
        // After a who-said, a topic stays a who-said and a speaker asks what they said of it.
        #expect(try resolve("and tariffs?", after: "who said LNG") == .question("who said tariffs"))
        #expect(try resolve("and trump?", after: "who said LNG") == .question("what did trump say about LNG"))
        #expect(try resolve("how about ishiba", after: "did trump say tariffs") == .question("did ishiba say tariffs"))
        // With nothing before it, "what about Alaska?" is a question about Alaska, as typed.
        #expect(try resolve("what about Alaska?", after: nil) == .asTyped)
    }
}
