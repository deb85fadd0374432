import ArgumentParser
import SummitKit

/// `summit facts`: every fact the extractor found, for checking it or feeding other tools.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Print every fact extracted from the record(s)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json, table }

    @OptionGroup var records: RecordOptions

    @Option(name: .long, help: "Only facts of this kind: quote, figure, ordinal, time, entity or rate.")
    var kind: String?

    @Option(name: .long, help: "jsonl (one fact per line), json (one array) or table.")
    var format: Format = .jsonl

    func validate() throws {
        if let kind, !FactStore.factKinds.contains(kind) {
            throw ValidationError("unknown kind '\(kind)'; try one of " + FactStore.factKinds.joined(separator: ", "))
        }
    }

    func run() throws {
        let store = Extractor().extract(try records.load())
        let facts = store.exportedFacts(kind: kind)
        switch format {
        case .jsonl:
            var out = ""
            for f in facts { out += f.serialized(pretty: false) + "\n" }
            if !out.isEmpty { out.removeLast() ; FileHandleOutput.write(out) }
        case .json:
            FileHandleOutput.write(JSONValue.array(facts).serialized(pretty: true))
        case .table:
            let rows = facts.map { f -> [String] in
                let k = f["kind"]?.stringValue ?? ""
                let line = f["line"].map { AnswerRendererCell.text($0) } ?? f["mentions"]?[0]?["line"].map { AnswerRendererCell.text($0) } ?? ""
                let summary: String
                switch k {
                case "quote": summary = (f["speaker"]?["en"]?.stringValue ?? "") + ": 「" + (f["text"]?.stringValue ?? "") + "」"
                case "figure": summary = (f["surface"]?.stringValue ?? "") + " = " + AnswerRendererCell.text(f["value"]!) + " " + (f["unit"]?.stringValue ?? "")
                case "time": summary = (f["surface"]?.stringValue ?? "") + " → " + (f["iso"]?.stringValue ?? "?")
                    + (f["event_en"]?.stringValue.map { " — " + $0 + (f["event_phase"]?.stringValue.map { " (\($0))" } ?? "") } ?? "")
                case "entity": summary = (f["en"]?.stringValue ?? "") + " (" + (f["ja"]?.stringValue ?? "") + ")"
                case "rate": summary = "1 " + (f["from"]?.stringValue ?? "") + " = " + AnswerRendererCell.text(f["rate"]!) + " " + (f["to"]?.stringValue ?? "")
                default: summary = f["surface"]?.stringValue ?? ""
                }
                return [f["id"]?.stringValue ?? "", k, line, summary]
            }
            var t = TextTable(columns: [.init(title: "id", wrap: false), .init(title: "kind", wrap: false), .number("line"), .init(title: "fact")], rows: rows)
            t.footer = TextTable.rowCountFooter(rows.count)
            FileHandleOutput.write(t.render(maxWidth: Terminal.width(), color: Terminal.colorAllowed()))
        }
    }
}

enum AnswerRendererCell {
    static func text(_ v: JSONValue) -> String {
        switch v {
        case .int(let i): return String(i)
        case .number(let d): return formatNumber(d)
        case .string(let s): return s
        default: return v.serialized(pretty: false)
        }
    }
}
