import Foundation
import Testing
@testable import SummitKit

/// Ids name places: kind, line, and a letter only when the line holds several of the kind.
@Suite struct FactIDTests {
    static let text = """
    見出し

    石破総理大臣は「関税は互いの利益となるべきだ」と述べ、トランプ大統領は「よい答えだ」と述べました。
    アメリカ政府は、およそ10億ドル、日本円にしておよそ1500億円の売却を承認しました。
    トランプ大統領は「LNGの輸出を増やす」と述べました。
    会談は7日午前11時に始まり、日本時間の8日午前1時に終わりました。
    トランプ大統領は「LNGの輸出を増やす」と述べました。

    """

    @Test func idsSayWhereTheFactIs() {
        let s = extract(Self.text)
        #expect(s.quotes.map(\.id) == ["q3a", "q3b", "q5"])
        #expect(s.figures.map(\.id) == ["f4a", "f4b"])
        #expect(s.times.map(\.id) == ["t6a", "t6b"])
        // The repeated quote on line 7 is the same fact: its id is its first line's.
        #expect(s.quotes[2].occurrences.map(\.provenance.line) == [5, 7])
        // Partners point at the final ids, not at the numbers used while extracting.
        #expect(s.times[0].pairedWith == "t6b" || s.times[1].pairedWith == "t6a")
        #expect(s.entities.allSatisfy { !$0.id.hasPrefix("#") })
        #expect(Set(s.entities.map(\.id)).count == s.entities.count)
    }

    @Test func aFigureInAQuoteNamesTheQuotesFinalID() {
        let s = extract("見出し\n\nトランプ大統領は「1兆ドルを投資する」と述べ、石破総理大臣は「2兆ドルだ」と述べました。\n")
        #expect(s.figures.map(\.quoteID) == ["q3a", "q3b"])
    }

    @Test func factsAddedOnAnEarlierLineMoveNoLaterId() {
        // A quote with a figure appended to line 3: line 3's letters grow, later lines keep theirs.
        let after = extract(Self.text.replacingOccurrences(of: "と述べました。\nアメリカ政府", with: "と述べました。記者団は「3億ドルだ」と述べました。\nアメリカ政府"))
        #expect(after.quotes.map(\.id) == ["q3a", "q3b", "q3c", "q5"])
        #expect(after.figures.map(\.id) == ["f3", "f4a", "f4b"])
        #expect(after.times.map(\.id) == ["t6a", "t6b"])
    }

    @Test func letterRunsPastZ() {
        #expect(FactIDs.letters(0) == "a")
        #expect(FactIDs.letters(25) == "z")
        #expect(FactIDs.letters(26) == "aa")
        #expect(FactIDs.letters(27) == "ab")
        #expect(FactIDs.letters(26 * 27) == "aaa")
        let ids = FactIDs.ids(kind: "f", prefix: "", places: (0..<60).map { FactIDs.Place(line: 9, offset: 60 - $0) })
        #expect(Set(ids).count == 60)
        #expect(ids.last == "f9a")   // the smallest offset comes first in the line
    }

    @Test func severalRecordsNumberTheirIds() {
        let a = Record(name: "a-2025-02-07.txt", bytes: Array("見出し\nトランプ大統領は「よい」と述べました。\n".utf8))
        let b = Record(name: "b-2025-02-07.txt", bytes: Array("見出し\n\n石破総理大臣は「だめだ」と述べました。\n".utf8))
        let s = Extractor(tables: .bundled, lexicon: testLexicon).extract([a, b])
        #expect(s.quotes.map(\.id) == ["1:q2", "2:q3"])
        #expect(s.fact(id: "2:q3") == .quote(1))
        #expect(s.fact(id: "q3") == nil)
        #expect(s.fact(id: "2:L3") == .line(SentenceRef(record: 1, sentence: 1)))
        #expect(s.fact(id: "L3") == nil, "a line needs its record when several are loaded")
    }

    @Test func parsingIds() {
        #expect(FactIDs.parse("F166B") == .init(record: nil, kind: "f", line: 166, letter: "b"))
        #expect(FactIDs.parse("2:L4") == .init(record: 1, kind: "l", line: 4, letter: ""))
        for bad in ["", "q", "x12", "q12B3", "0:q1", "q99999999999", "-1:q2", "q1 2"] {
            #expect(FactIDs.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func sourceOfALineAndOfAnUnknownID() throws {
        let s = extract(Self.text)
        let planner = Planner(store: s)
        let line = try planner.plan(try parseQuery("source L4"))
        let items = try Executor(store: s).run(line.root, cancel: .never)
        guard case .sentence(let ref)? = items.first else { Issue.record("no line"); return }
        #expect(s.lineProvenance(ref).line == 4)
        #expect(throws: QueryError.self) { try planner.plan(try parseQuery("source L2")) }
        do {
            _ = try planner.plan(try parseQuery("source f4"))
            Issue.record("f4 is not an id")
        } catch {
            #expect(error.description.contains("line 4 holds f4a, f4b"), "\(error.description)")
        }
        do {
            _ = try planner.plan(try parseQuery("source L2"))
        } catch {
            #expect(error.description.contains("line 2 of test-2025-02-07.txt holds no text"), "\(error.description)")
            #expect(error.description.contains("try 'source L3'"))
        }
    }
}
