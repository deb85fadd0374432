import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SummitKit

/// `summit eval DIR`: scores the extractor against hand labels, so that a rule can be judged on
/// reports it was not written for. DIR holds `NAME.txt` reports, each with `NAME.gold.json`.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the extractor against hand-labelled reports (NAME.txt beside NAME.gold.json).",
        discussion: """
        For each report: spoken quotes found (same text on the same line), speakers right among \
        them, labelled not-quotes taken for quotes, quotes the labels do not list, and figures found \
        (same value on the same line). The gold format is described in the README (section "Measuring \
        the extractor: summit eval").
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Argument(help: ArgumentHelp("A folder of NAME.txt reports with NAME.gold.json labels.", valueName: "DIR"),
              completion: .directory)
    var directory: String

    @Option(name: .long, help: "table or json.")
    var format: Format = .table

    @Flag(name: .long, help: "List every miss under the table (quotes not found, wrong speakers, figures not found).")
    var misses = false

    func run() throws {
        let pairs = try labelledReports()
        // The general lexicon only: the bundled record's own entries would flatter the rules.
        let extractor = Extractor(lexicon: .general)
        var scores: [ReportScore] = []
        for (txt, gold) in pairs {
            let record: Record
            do {
                record = try Record.load(path: txt)
                if let note = record.conversionNote(path: txt) { FileHandleOutput.error("summit: note: " + note) }
            } catch {
                FileHandleOutput.error("summit: error: \(error.description)")
                throw ExitCode(2)
            }
            let labels: GoldLabels
            do {
                let data = FileManager.default.contents(atPath: gold) ?? Data()
                labels = try GoldLabels(json: String(decoding: data, as: UTF8.self))
            } catch {
                FileHandleOutput.error("summit: error: \(gold): \(error.description); see the README for the label format")
                throw ExitCode(2)
            }
            scores.append(extractor.score(record, against: labels))
        }
        switch format {
        case .json: FileHandleOutput.write(EvalReport.json(scores, misses: misses).serialized(pretty: true))
        case .table: FileHandleOutput.write(EvalReport.table(scores, misses: misses, width: Terminal.width()))
        }
    }

    /// `name` inside `folder`, with one slash between them.
    static func path(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Every NAME.gold.json in the folder with its NAME.txt, sorted by name.
    func labelledReports() throws -> [(txt: String, gold: String)] {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory else {
            FileHandleOutput.error("summit: error: \(directory): no such folder; name a folder of NAME.txt reports with NAME.gold.json labels")
            throw ExitCode(2)
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        let suffix = ".gold.json"
        var out: [(String, String)] = []
        for n in names where n.hasSuffix(suffix) {
            let base = String(n.dropLast(suffix.count))
            let txt = Self.path(directory, base + ".txt")
            guard FileManager.default.fileExists(atPath: txt) else {
                FileHandleOutput.error("summit: error: \(n) has no report beside it; put \(base).txt in \(directory)")
                throw ExitCode(2)
            }
            out.append((txt, Self.path(directory, n)))
        }
        if out.isEmpty {
            FileHandleOutput.error("summit: error: \(directory) holds no NAME.gold.json labels; label a report first (format in the README)")
            throw ExitCode(2)
        }
        return out
    }
}

/// The scores as a table (one row per report, then the total with percentages) or as JSON.
enum EvalReport {
    static func percent(_ a: Int, _ b: Int) -> String {
        b == 0 ? "–" : formatNumber((Double(a) * 1000 / Double(b)).rounded() / 10) + "%"
    }

    static func table(_ scores: [ReportScore], misses: Bool, width: Int?) -> String {
        func row(_ s: ReportScore) -> [String] {
            [s.name, "\(s.quotesFound)/\(s.spokenQuotes)", "\(s.speakersRight)/\(s.spokenQuotes)", String(s.notQuotesTaken),
             String(s.unlabelledQuotes), "\(s.figuresFound)/\(s.figures)"]
        }
        let t = ReportScore.total(scores)
        var rows = scores.map(row)
        rows.append(row(t))
        rows.append(["", percent(t.quotesFound, t.spokenQuotes), percent(t.speakersRight, t.spokenQuotes), "", "",
                     percent(t.figuresFound, t.figures)])
        var table = TextTable(columns: [.init(title: "report"), .number("quotes found"), .number("speakers right"),
                                        .number("not-quotes taken"), .number("unlabelled"), .number("figures found")], rows: rows)
        table.footer = nil
        var out = table.render(maxWidth: width, color: false)
        if misses {
            for s in scores where !s.misses.isEmpty {
                out += "\n\n" + s.name + "\n" + s.misses.map { "  " + $0 }.joined(separator: "\n")
            }
        }
        return out
    }

    static func json(_ scores: [ReportScore], misses: Bool) -> JSONValue {
        func object(_ s: ReportScore) -> JSONValue {
            var fields: [(String, JSONValue)] = [
                ("report", .string(s.name)), ("spoken_quotes", .int(s.spokenQuotes)), ("quotes_found", .int(s.quotesFound)),
                ("speakers_right", .int(s.speakersRight)), ("not_quotes_taken", .int(s.notQuotesTaken)),
                ("unlabelled_quotes", .int(s.unlabelledQuotes)), ("figures", .int(s.figures)), ("figures_found", .int(s.figuresFound)),
            ]
            if misses { fields.append(("misses", .array(s.misses.map { .string($0) }))) }
            return .object(fields)
        }
        return .object([("reports", .array(scores.map(object))), ("total", object(ReportScore.total(scores)))])
    }
}
