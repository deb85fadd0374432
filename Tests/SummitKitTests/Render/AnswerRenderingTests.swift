import Foundation
import Testing
@testable import SummitKit

/// One answer, four renderings: the columns `explain` names are the JSON columns and the CSV
/// header for every query form, and each renderer shows the same typed values.
@Suite struct AnswerRenderingTests {
    static let store = Extractor().extract(Record.bundled())
    static let engine = QueryEngine(store: store, tables: .bundled)

    func answer(_ line: String, language: AnswerLanguage = .both) throws -> Answer {
        try Self.engine.answer(line, language: language).answer
    }

    /// The `project` step of a plan, as a list of names.
    func projected(_ plan: String) -> [String]? {
        guard let first = plan.split(separator: "\n").first, first.hasPrefix("project ") else { return nil }
        return first.dropFirst("project ".count).components(separatedBy: ", ")
    }

    @Test func explainJSONAndCSVNameTheSameColumnsForEveryExample() throws {
        var checked = 0
        for example in QueryGrammar.examples where !example.lowercased().hasPrefix("explain") {
            guard let a = try? answer(example) else { continue }
            let names = a.columnNames
            let explained = try answer("explain " + example)
            #expect(projected(explained.plan) == names, "explain \(example)")
            #expect(projected(a.plan) == names, "\(example): the plan it ran")
            let json = JSONAnswer.document(a)
            #expect(json["columns"] == .array(names.map(JSONValue.string)), "\(example)")
            let csv = CSVAnswer.document(a)
            #expect(csv.components(separatedBy: "\r\n").first == csvRecord(names), "\(example)")
            // One plain value per cell: no JSON object or array inside a field.
            #expect(!csv.contains("{\""), "\(example)")
            #expect(!csv.hasSuffix("\r\n") && !csv.hasSuffix("\n"), "\(example)")
            // Each JSON row has exactly the columns' keys, in order (groups nest them).
            let rows = a.grouping == nil ? (json["rows"]?.arrayValue ?? []) : (json["rows"]?.arrayValue ?? []).flatMap { $0[a.grouping!.noun + "s"]?.arrayValue ?? [] }
            for row in rows { #expect(row.objectValue?.map(\.0) == names, "\(example)") }
            checked += 1
        }
        #expect(checked >= 60)
    }

    @Test func whoSaidIsOneCSVRowPerQuoteAndOneJSONGroupPerSpeaker() throws {
        let a = try answer("who said LNG")
        let quotes = a.rows.count
        #expect(quotes >= 2)
        let csv = CSVAnswer.document(a).components(separatedBy: "\r\n")
        #expect(csv.count == quotes + 1)
        let groups = JSONAnswer.rows(a)
        #expect(groups.count == a.groupStarts.filter { $0 }.count)
        #expect(groups.map { $0["count"]?.intValue ?? 0 }.reduce(0, +) == quotes)
        #expect(groups.allSatisfy { $0["speaker"]?["id"] != nil && $0["quotes"]?.arrayValue != nil })
        // The table shows each speaker once, at the head of their quotes.
        let table = AnswerRenderer.render(a, RenderOptions())
        for g in groups { #expect(table.components(separatedBy: g["speaker"]!["en"]!.stringValue!).count == 2) }
    }

    @Test func languageIsChosenWhenRendering() throws {
        let a = try answer("who said LNG")
        let en = AnswerRenderer.render(a, RenderOptions(language: .en))
        let ja = AnswerRenderer.render(a, RenderOptions(language: .ja))
        let both = AnswerRenderer.render(a, RenderOptions(language: .both))
        #expect(en.contains("\u{201C}") && !en.contains("「"))
        #expect(ja.contains("「") && !ja.contains("\u{201C}"))
        #expect(both.contains("「") && both.contains("\u{201C}"))
        // Data formats carry both whatever the language.
        let json = JSONAnswer.rows(a)[0]["quotes"]?[0]
        #expect(json?["text"]?.stringValue?.isEmpty == false)
        #expect(json?["text_en"]?.stringValue?.isEmpty == false)
    }

    @Test func headersOffLeavesOutTitlesOfTablesAndCSV() throws {
        let a = try answer("count quotes by speaker")
        let on = AnswerRenderer.render(a, RenderOptions())
        let off = AnswerRenderer.render(a, RenderOptions(headers: false))
        #expect(on.hasPrefix("speaker"))
        #expect(on.contains("────"))
        #expect(!off.contains("────") && !off.hasPrefix("speaker"))
        #expect(off.split(separator: "\n").count == on.split(separator: "\n").count - 2)
        let csvOff = AnswerRenderer.render(a, RenderOptions(format: .csv, headers: false))
        #expect(!csvOff.hasPrefix("key,label,count"))
        #expect(csvOff.components(separatedBy: "\r\n").count == a.rows.count)
    }

    @Test func factsAndAnswersShareEachFactsShape() throws {
        let facts = Self.store.exportedFacts(kind: "quote")
        let quotes = try answer("quotes by Trump")
        let row = JSONAnswer.rows(quotes)[0]
        let factKeys = facts[0].objectValue!.map(\.0)
        #expect(Array(row.objectValue!.map(\.0).prefix(factKeys.count)) == factKeys)
        for key in ["text_en", "section_en", "occurrences", "rule", "lines", "record"] { #expect(factKeys.contains(key)) }
        let figureKeys = Self.store.exportedFacts(kind: "figure")[0].objectValue!.map(\.0)
        #expect(figureKeys.contains("about_en"))
        let figureRow = JSONAnswer.rows(try answer("figures in yen"))[0]
        #expect(Array(figureRow.objectValue!.map(\.0).prefix(figureKeys.count)) == figureKeys)
        // A converted figure keeps what was stated.
        #expect(figureRow["basis"]?.stringValue == "converted")
        #expect(figureRow["stated"]?["unit"]?.stringValue == "USD")
    }

    @Test func figuresAreConvertedInCellsAndExactInData() throws {
        let a = try answer("figures in yen limit 1")
        let csv = CSVAnswer.document(a).components(separatedBy: "\r\n")
        let header = csv[0].components(separatedBy: ",")
        let cells = csv[1].components(separatedBy: ",")
        #expect(cells[header.firstIndex(of: "value")!] == "150000000000000")
        #expect(AnswerRenderer.render(a, RenderOptions()).contains("150,000,000,000,000"))
    }
}
