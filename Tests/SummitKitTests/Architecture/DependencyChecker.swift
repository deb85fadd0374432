/// Checks which stage of SummitKit uses which: the stages are the folders of Sources/SummitKit,
/// and a stage uses another when its code names a top-level type, function or constant that the
/// other declares. It reads source text, not the compiler's symbol graph, so it is fast and needs
/// nothing but the files; what it cannot see (members added by an `extension` of another stage's
/// type, names that two stages both declare) it does not report.
struct DependencyChecker {
    struct SourceFile {
        var stage: String
        var name: String
        var text: String
    }

    /// What one stage may use: whole stages, single files (`Execute/Answer.swift`: only the names
    /// declared there), and named exceptions, each with the reason it is allowed.
    struct Rule {
        var stage: String
        var mayUse: [String]
        var exceptions: [String: String] = [:]
    }

    struct Violation: Equatable, CustomStringConvertible {
        var file: String
        var line: Int
        var name: String
        var declaredIn: String
        var description: String { "\(file):\(line): uses \(name), declared in \(declaredIn)" }
    }

    let files: [SourceFile]

    /// Every file's top-level names, by stage and by file.
    func declarations() -> (byName: [String: Set<String>], byFile: [String: Set<String>]) {
        var byName: [String: Set<String>] = [:]
        var byFile: [String: Set<String>] = [:]
        for file in files {
            for name in Self.topLevelNames(file.text) {
                byName[name, default: []].insert(file.stage)
                byFile[file.stage + "/" + file.name, default: []].insert(name)
            }
        }
        return (byName, byFile)
    }

    func violations(_ rules: [Rule]) -> [Violation] {
        let (byName, byFile) = declarations()
        var found: [Violation] = []
        for rule in rules {
            var allowedStages: Set<String> = [rule.stage]
            var allowedNames = Set(rule.exceptions.keys)
            for entry in rule.mayUse {
                if entry.hasSuffix(".swift") { allowedNames.formUnion(byFile[entry] ?? []) } else { allowedStages.insert(entry) }
            }
            for file in files where file.stage == rule.stage {
                for (name, line) in Self.identifiers(file.text) {
                    guard let stages = byName[name], stages.isDisjoint(with: allowedStages), !allowedNames.contains(name) else { continue }
                    found.append(Violation(file: "\(file.stage)/\(file.name)", line: line, name: name,
                                           declaredIn: stages.sorted().joined(separator: ", ")))
                }
            }
        }
        return found
    }

    static let declarationKeywords: Set<String> = ["struct", "enum", "class", "protocol", "actor", "typealias", "func", "let", "var"]
    static let modifiers: Set<String> = ["public", "private", "fileprivate", "internal", "package", "final", "indirect",
                                         "nonisolated", "static", "mutating", "open"]

    /// Names declared at the top level: lines that start in column 0 with optional attributes and
    /// modifiers, then a declaration keyword.
    static func topLevelNames(_ text: String) -> [String] {
        var names: [String] = []
        for line in code(text).split(separator: "\n", omittingEmptySubsequences: false) {
            guard let first = line.first, first.isLetter || first == "@" else { continue }
            let words = words(in: Substring(line))
            var k = 0
            while k < words.count, words[k].hasPrefix("@") || modifiers.contains(words[k]) { k += 1 }
            if k + 1 < words.count, declarationKeywords.contains(words[k]) { names.append(words[k + 1]) }
        }
        return names
    }

    /// Identifiers outside comments and string literals (interpolated code counts), with lines.
    static func identifiers(_ text: String) -> [(String, Int)] {
        var out: [(String, Int)] = []
        for (n, line) in code(text).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for word in words(in: line) where !word.hasPrefix("@") { out.append((word, n + 1)) }
        }
        return out
    }

    private static func words(in line: Substring) -> [String] {
        var words: [String] = []
        var current = ""
        for c in line {
            if c.isLetter || c.isNumber || c == "_" || (c == "@" && current.isEmpty) { current.append(c) } else {
                if let f = current.first, !f.isNumber { words.append(current) }
                current = ""
            }
        }
        if let f = current.first, !f.isNumber { words.append(current) }
        return words
    }

    /// The text with comments and string contents blanked (line breaks kept, so lines still
    /// count), and the code inside `\(…)` interpolations kept. Works on UTF-8 bytes: every
    /// delimiter is ASCII, and a blanked character becomes one space per byte.
    static func code(_ text: String) -> String {
        let c = Array(text.utf8)
        let quote = UInt8(ascii: "\""), slash = UInt8(ascii: "/"), star = UInt8(ascii: "*"), newline = UInt8(ascii: "\n")
        let backslash = UInt8(ascii: "\\"), open = UInt8(ascii: "("), close = UInt8(ascii: ")"), space = UInt8(ascii: " ")
        var out: [UInt8] = []
        out.reserveCapacity(c.count)
        var i = 0
        func byte(_ k: Int) -> UInt8? { k < c.count ? c[k] : nil }
        func tripleQuote() -> Bool { byte(i) == quote && byte(i + 1) == quote && byte(i + 2) == quote }
        func blank(_ n: Int) { for k in i..<min(c.count, i + n) { out.append(c[k] == newline ? newline : space) }; i += n }
        // Each open string: whether it is multi-line, and the paren depth of interpolations in it.
        var strings: [(multiline: Bool, depth: Int)] = []
        while i < c.count {
            if let top = strings.last, top.depth == 0 {
                // Inside string contents.
                if c[i] == backslash && byte(i + 1) == open { strings[strings.count - 1].depth = 1; blank(2); continue }
                if c[i] == backslash { blank(2); continue }
                if top.multiline ? tripleQuote() : c[i] == quote { strings.removeLast(); blank(top.multiline ? 3 : 1); continue }
                blank(1); continue
            }
            // In code (top level or inside an interpolation).
            if c[i] == slash && byte(i + 1) == slash { while i < c.count && c[i] != newline { i += 1 }; continue }
            if c[i] == slash && byte(i + 1) == star {
                while i < c.count && !(c[i] == star && byte(i + 1) == slash) { blank(1) }
                blank(2); continue
            }
            if tripleQuote() { strings.append((true, 0)); blank(3); continue }
            if c[i] == quote { strings.append((false, 0)); blank(1); continue }
            if !strings.isEmpty {
                if c[i] == open { strings[strings.count - 1].depth += 1 }
                if c[i] == close {
                    strings[strings.count - 1].depth -= 1
                    if strings[strings.count - 1].depth == 0 { blank(1); continue }
                }
            }
            out.append(c[i]); i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
