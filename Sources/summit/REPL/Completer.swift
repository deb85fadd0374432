#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SummitKit

/// What Tab offers, by context: keywords at the start, speakers after by/did, terms after
/// said/about, units after in, formats after as, files after .run/.save, dot-commands.
struct Completer {
    let session: Session

    func complete(_ prefix: String) -> Completion {
        if let spoken = speakerOfSeveralWords(prefix) { return spoken }
        if let file = outputFile(prefix) { return file }
        let (context, start) = completionContext(forPrefix: prefix)
        let typed = String(prefix[start...])
        let wordStart = prefix.utf8.distance(from: prefix.startIndex, to: start)
        let pool: [String]
        switch context {
        case .keyword(let words):
            // `count quotes by` takes a keyword (speaker, topic, unit) or a speaker's name.
            if prefix[..<start].split(whereSeparator: \.isWhitespace).last?.lowercased() == "by" {
                return Completion(wordStart: wordStart, candidates: Self.matching(typed, in: words + speakerNames(), allowingSpaces: true))
            }
            pool = words
        case .speaker:
            // Labels of several words ("the official") are offered whole after by/did.
            return Completion(wordStart: wordStart, candidates: Self.matching(typed, in: speakerNames(), allowingSpaces: true))
        case .term: pool = termWords()
        case .unit: pool = session.store.lexicon.isEmpty ? [] : unitWords()
        case .format: pool = OutputFormat.allCases.map(\.rawValue)
        case .factID: pool = session.store.completionIDs(linesToo: typed.lowercased().hasPrefix("l") || typed.contains(":"))
        case .dotCommand: pool = Session.dotCommands.map(\.name)
        case .file: return Completion(wordStart: wordStart, candidates: files(matching: typed))
        case .none: pool = []
        }
        return Completion(wordStart: wordStart, candidates: Self.matching(typed, in: pool))
    }

    /// Candidates that start with what was typed, case-insensitively, without repeats, in order.
    static func matching(_ typed: String, in pool: [String], allowingSpaces: Bool = false) -> [String] {
        let t = typed.lowercased()
        var seen = Set<String>()
        return pool.filter { $0.lowercased().hasPrefix(t) && (allowingSpaces || !$0.contains(" ")) && seen.insert($0.lowercased()).inserted }
    }

    /// Every speaker the answers name, from the store's quotes: people, and the groups and
    /// organizations that speak as themselves ("the official", "American media").
    func speakerNames() -> [String] {
        var names: [String] = []
        for s in session.store.speakers where s.id != Speaker.unknown.id {
            names.append(contentsOf: [s.en, s.ja])
            if let e = session.store.lexicon.entry(id: s.id) { names.append(contentsOf: e.english + e.japanese) }
        }
        return names
    }

    /// A speaker label typed past one of its spaces (`quotes by the o`): the word-by-word
    /// context has moved on, so the text after the last `by` or `did` is matched whole.
    func speakerOfSeveralWords(_ prefix: String) -> Completion? {
        // Case folds keep their length in ASCII, so indices of the lowered text are the typed text's.
        let lowered = prefix.lowercased()
        guard lowered.utf8.count == prefix.utf8.count,
              let end = [" by ", " did "].compactMap({ lowered.ranges(of: $0).last?.upperBound.utf16Offset(in: lowered) }).max()
        else { return nil }
        let start = String.Index(utf16Offset: end, in: prefix)
        let typed = String(prefix[start...])
        guard typed.contains(" ") else { return nil }
        let names = Self.matching(typed, in: speakerNames(), allowingSpaces: true).filter { $0.contains(" ") }
        guard !names.isEmpty else { return nil }
        return Completion(wordStart: prefix.utf8.distance(from: prefix.startIndex, to: start), candidates: names)
    }

    func termWords() -> [String] {
        session.store.lexicon.entries.filter { $0.kind != .person && $0.kind != .group }.flatMap { $0.english + $0.japanese }
    }

    func unitWords() -> [String] { ["yen", "dollars", "usd", "jpy", "円", "ドル", "euros", "people", "years", "months", "minutes", "countries", "money"] }

    /// `.output FILE` and `.once FILE` (and their `!` forms) take a file name like `.save`.
    func outputFile(_ prefix: String) -> Completion? {
        let words = prefix.drop { $0 == " " }.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        guard words.count == 2, [".output", ".output!", ".once", ".once!"].contains(words[0].lowercased()),
              !words[1].contains(" ") else { return nil }
        let typed = String(words[1])
        return Completion(wordStart: prefix.utf8.count - typed.utf8.count, candidates: files(matching: typed))
    }

    func files(matching typed: String) -> [String] {
        let url = URL(fileURLWithPath: typed.isEmpty ? "./" : typed)
        let dir = typed.hasSuffix("/") || typed.isEmpty ? url : url.deletingLastPathComponent()
        let stem = typed.hasSuffix("/") || typed.isEmpty ? "" : url.lastPathComponent
        let shownDir = typed.contains("/") ? String(typed[..<(typed.lastIndex(of: "/").map { typed.index(after: $0) } ?? typed.startIndex)]) : ""
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { $0.hasPrefix(stem) && !$0.hasPrefix(".") }.sorted().map { name in
            var isDir = false
            _ = FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path, isDirectory: &isDir)
            return shownDir + name + (isDir ? "/" : "")
        }
    }
}

extension Lexicon {
    var isEmpty: Bool { entries.isEmpty }
}
