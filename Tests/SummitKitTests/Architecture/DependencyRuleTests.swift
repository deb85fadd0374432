import Foundation
import Testing

/// The pipeline's dependency rules, enforced on the sources (README, "Layout"): each stage may
/// use only the stages below it. SummitKit is one module, so the compiler does not stop a stage
/// from reaching into another; this test does, naming the file and line.
@Suite struct DependencyRuleTests {
    /// The rules of issue 14. An exception names a type or function of another stage that a
    /// stage still uses, with the reason; a new use of anything else fails the test.
    static let rules: [DependencyChecker.Rule] = [
        .init(stage: "Record", mayUse: ["Text"]),
        .init(stage: "Extract", mayUse: ["Record", "Text"], exceptions: [
            "FactStore": "the extractor returns the store it fills",
            "FactStoreBuilder": "the extractor fills the store's builder record by record",
        ]),
        .init(stage: "Store", mayUse: ["Extract/Facts.swift", "Text"], exceptions: [
            "Lexicon": "the store answers lexicon lookups for the records it indexes",
            "Record": "the store keeps the records its facts cite (source, sentences)",
            "Sentence": "the store hands out the sentences its facts cite",
            "EnglishRendering": "the store pairs each record with its English rendering",
        ]),
        .init(stage: "Query", mayUse: ["Text"]),
        .init(stage: "Plan", mayUse: ["Query", "Store", "Extract/Facts.swift", "Text"], exceptions: [
            "Lexicon": "the lexicon's lookup interface: terms expand through it",
            "ExtractionTables": "unit words resolve through the extractor's unit table",
            "JapaneseNumber": "Japanese amounts are read with the extractor's number reader",
            "AnswerLayout": "explain's project step names the answer's columns, declared once in the layout",
        ]),
        // The answer type: columns declared once and rows of typed values, between the builder
        // (Execute) and the renderers.
        .init(stage: "Answer", mayUse: ["Extract/Facts.swift", "Text"]),
        .init(stage: "Render", mayUse: ["Answer", "Extract/Facts.swift", "Text"], exceptions: [
            "AnswerLanguage": "the language an answer is shown in is chosen in the query",
            "OutputFormat": "the format an answer is shown in is chosen in the query",
            "FactStore": "fact JSON names a fact's record and section through the store",
        ]),
        // A handout is a page made of a script's answers and the record lines they cite: it
        // renders answers and reads the record and the script, but never plans or extracts.
        .init(stage: "Handout", mayUse: ["Answer", "Render", "Store", "Record", "Extract/Facts.swift", "Script", "Text"], exceptions: [
            "OutputFormat": "a step's answer is shown as the format its query asked for",
            "AnswerLanguage": "the page shows record text in the language --lang asks for",
        ]),
    ]

    static var sourceRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/SummitKit")
    }

    static func sources() throws -> [DependencyChecker.SourceFile] {
        let fm = FileManager.default
        var files: [DependencyChecker.SourceFile] = []
        for stage in try fm.contentsOfDirectory(atPath: sourceRoot.path).sorted() {
            let folder = sourceRoot.appendingPathComponent(stage)
            // A stage's subfolders (Store/Frozen) belong to the stage: `Frozen/FrozenStore.swift`.
            guard let names = fm.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }) else { continue }
            for name in names.sorted() where name.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                files.append(.init(stage: stage, name: name, text: text))
            }
        }
        return files
    }

    @Test func stagesUseOnlyWhatTheRulesAllow() throws {
        let files = try Self.sources()
        #expect(Set(files.map(\.stage)).isSuperset(of: Self.rules.map(\.stage)), "a stage folder was renamed: update the rules")
        let violations = DependencyChecker(files: files).violations(Self.rules)
        let listed = violations.map(\.description).joined(separator: "\n")
        #expect(violations.isEmpty, "\(violations.count) uses across the dependency rules:\n\(listed)")
    }

    @Test func everyExceptionIsStillNeeded() throws {
        // An exception nobody uses any more would let the rule it excuses be broken again unseen.
        let files = try Self.sources()
        let checker = DependencyChecker(files: files)
        for rule in Self.rules {
            var strict = rule
            strict.exceptions = [:]
            let used = Set(checker.violations([strict]).map(\.name))
            for name in rule.exceptions.keys.sorted() {
                #expect(used.contains(name), "\(rule.stage) no longer uses \(name): drop the exception")
            }
        }
    }

    // The checker itself, on small made-up stages.

    static let synthetic: [DependencyChecker.SourceFile] = [
        .init(stage: "Render", name: "Table.swift", text: """
            /// A table; mentions Planner only in this comment.
            public struct Table {
                let note = "Planner \\(width(of: "x"))"
                func cells() -> [String] { [] }
            }
            func width(of s: String) -> Int { s.count }
            """),
        .init(stage: "Plan", name: "Planner.swift", text: """
            @MainActor public final class Planner {
                static let shared = 1
                func plan() -> Table { Table() }
            }
            """),
        .init(stage: "Query", name: "Parser.swift", text: """
            struct Parser {
                let s = "Planner"   // a string and a comment naming Planner, Table
                /* Table */ var n: Int { width(of: "\\(Planner.shared)") }
            }
            """),
    ]

    @Test func checkerFindsAStageUsingAStageItMayNot() {
        let checker = DependencyChecker(files: Self.synthetic)
        let found = checker.violations([.init(stage: "Query", mayUse: [])])
        // Inside an interpolation the name is code; in a string or a comment it is not.
        #expect(found == [
            DependencyChecker.Violation(file: "Query/Parser.swift", line: 3, name: "width", declaredIn: "Render"),
            DependencyChecker.Violation(file: "Query/Parser.swift", line: 3, name: "Planner", declaredIn: "Plan"),
        ])
        #expect(found.first?.description == "Query/Parser.swift:3: uses width, declared in Render")
    }

    @Test func allowedStagesFilesAndExceptionsPass() {
        let checker = DependencyChecker(files: Self.synthetic)
        #expect(checker.violations([.init(stage: "Plan", mayUse: ["Render"])]).isEmpty)
        #expect(checker.violations([.init(stage: "Plan", mayUse: ["Render/Table.swift"])]).isEmpty)
        #expect(checker.violations([.init(stage: "Query", mayUse: ["Render"], exceptions: ["Planner": "test"])]).isEmpty)
        #expect(checker.violations([.init(stage: "Render", mayUse: [])]).isEmpty)   // the comment does not count
    }

    @Test func topLevelNamesSkipMembersAndReadAttributes() {
        #expect(DependencyChecker.topLevelNames(Self.synthetic[0].text) == ["Table", "width"])
        #expect(DependencyChecker.topLevelNames(Self.synthetic[1].text) == ["Planner"])
    }
}
