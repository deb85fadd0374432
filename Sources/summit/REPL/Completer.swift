import Foundation
import SummitKit

/// What Tab offers, by context: keywords at the start, speakers after by/did, terms after
/// said/about, units after in, formats after as, files after .run/.save, dot-commands.
struct Completer {
    let session: Session

    func complete(_ prefix: String) -> Completion {
        let (context, start) = completionContext(forPrefix: prefix)
        let typed = String(prefix[start...])
        let wordStart = prefix.utf8.distance(from: prefix.startIndex, to: start)
        let pool: [String]
        switch context {
        case .keyword(let words): pool = words
        case .speaker: pool = speakerNames()
        case .term: pool = termWords()
        case .unit: pool = session.store.lexicon.isEmpty ? [] : unitWords()
        case .format: pool = OutputFormat.allCases.map(\.rawValue)
        case .dotCommand: pool = Session.dotCommands.map(\.name)
        case .file: return Completion(wordStart: wordStart, candidates: files(matching: typed))
        case .none: pool = []
        }
        return Completion(wordStart: wordStart, candidates: Self.matching(typed, in: pool))
    }

    /// Candidates that start with what was typed, case-insensitively, without repeats, in order.
    static func matching(_ typed: String, in pool: [String]) -> [String] {
        let t = typed.lowercased()
        var seen = Set<String>()
        return pool.filter { $0.lowercased().hasPrefix(t) && !$0.contains(" ") && seen.insert($0.lowercased()).inserted }
    }

    func speakerNames() -> [String] {
        var names: [String] = []
        for s in session.store.speakers where s.id != Speaker.unknown.id {
            names.append(contentsOf: [s.en, s.ja])
            if let e = session.store.lexicon.entry(id: s.id) { names.append(contentsOf: e.english + e.japanese) }
        }
        return names
    }

    func termWords() -> [String] {
        session.store.lexicon.entries.filter { $0.kind != .person && $0.kind != .group }.flatMap { $0.english + $0.japanese }
    }

    func unitWords() -> [String] { ["yen", "dollars", "usd", "jpy", "円", "ドル", "euros", "people", "years", "months", "minutes", "countries", "money"] }

    func files(matching typed: String) -> [String] {
        let url = URL(fileURLWithPath: typed.isEmpty ? "./" : typed)
        let dir = typed.hasSuffix("/") || typed.isEmpty ? url : url.deletingLastPathComponent()
        let stem = typed.hasSuffix("/") || typed.isEmpty ? "" : url.lastPathComponent
        let shownDir = typed.contains("/") ? String(typed[..<(typed.lastIndex(of: "/").map { typed.index(after: $0) } ?? typed.startIndex)]) : ""
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { $0.hasPrefix(stem) && !$0.hasPrefix(".") }.sorted().map { name in
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path, isDirectory: &isDir)
            return shownDir + name + (isDir.boolValue ? "/" : "")
        }
    }
}

extension Lexicon {
    var isEmpty: Bool { entries.isEmpty }
}
