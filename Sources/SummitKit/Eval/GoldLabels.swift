#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Hand labels for one report, in the format of the real-report folder's `.gold.json` files:
/// what a careful reader says the report's quotes, not-quotes and figures are. `summit eval`
/// scores the extractor against them, so anyone who labels their own reports can measure it.
public struct GoldLabels: Sendable {
    public enum QuoteKind: String, Sendable { case statement, headline, reported, written }

    public struct Quote: Sendable {
        public let text: String
        public let speaker: String
        public let line: Int
        public let kind: QuoteKind
        /// Said aloud (or reported as said): the quotes that are scored. Written sources are not.
        public var isSpoken: Bool { kind != .written }
    }

    public struct Figure: Sendable {
        public let surface: String
        public let value: Double
        public let unit: String
        public let line: Int
    }

    public let quotes: [Quote]
    /// 「…」 spans that are names or terms; each listed once per occurrence.
    public let notQuotes: [String]
    public let figures: [Figure]

    /// Reads a gold file; a field of the wrong shape is an error naming the field and its place.
    public init(json text: String) throws(GoldError) {
        let document: GoldDocument
        do {
            document = try JSONDecoder().decode(GoldDocument.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw GoldError.describing(error)
        } catch {
            throw GoldError("is not valid JSON (\(error))")
        }
        var quotes: [Quote] = []
        for (i, q) in (document.quotes ?? []).enumerated() {
            let kindName = q.kind ?? "statement"
            guard let kind = QuoteKind(rawValue: kindName) else {
                throw GoldError("quotes[\(i)] has kind '\(kindName)'; use statement, headline, reported or written")
            }
            quotes.append(Quote(text: q.text, speaker: q.speaker ?? "unknown", line: q.line, kind: kind))
        }
        self.quotes = quotes
        self.notQuotes = (document.notQuotes ?? []).map(\.text)
        self.figures = (document.figures ?? []).map { Figure(surface: $0.surface ?? "", value: $0.value, unit: $0.unit ?? "", line: $0.line) }
    }
}

/// The gold file as JSON holds it; `GoldLabels` checks what JSON cannot say (the quote kinds).
private struct GoldDocument: Decodable {
    struct QuoteLabel: Decodable {
        var text: String
        var line: Int
        var speaker: String?
        var kind: String?
    }
    struct FigureLabel: Decodable {
        var value: Double
        var line: Int
        var surface: String?
        var unit: String?
    }
    /// A not-quote is its text, or an object with a `text`.
    struct NotQuote: Decodable {
        var text: String
        private enum Keys: String, CodingKey { case text }
        init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) { self.text = text; return }
            text = try decoder.container(keyedBy: Keys.self).decode(String.self, forKey: .text)
        }
    }
    var quotes: [QuoteLabel]?
    var figures: [FigureLabel]?
    var notQuotes: [NotQuote]?
    private enum CodingKeys: String, CodingKey { case quotes, figures, notQuotes = "not_quotes" }
}

/// What is wrong with a gold file (the caller adds which file).
public struct GoldError: Error, Sendable, CustomStringConvertible {
    public let description: String
    init(_ d: String) { description = d }

    /// Which field was of the wrong shape, in the words of the gold format.
    static func describing(_ error: DecodingError) -> GoldError {
        let context: DecodingError.Context
        switch error {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c): context = c
        @unknown default: return GoldError("is not valid JSON (\(error))")
        }
        let path = context.codingPath
        if case .dataCorrupted = error, path.isEmpty { return GoldError("is not valid JSON (\(context.debugDescription))") }
        guard let field = path.first?.stringValue else { return GoldError("is not a JSON object") }
        let place = path.count > 1 ? "\(field)[\(path[1].intValue ?? 0)]" : field
        switch field {
        case "quotes": return GoldError("\(place) needs a string \"text\" and an integer \"line\"")
        case "figures": return GoldError("\(place) needs a number \"value\" and an integer \"line\"")
        case "not_quotes": return GoldError("\(place) must be a string")
        default: return GoldError("\(place) has the wrong shape")
        }
    }
}
