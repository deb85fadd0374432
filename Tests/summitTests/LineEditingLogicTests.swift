import Foundation
import Testing
import SummitKit
@testable import summit

/// The Tab rules without a terminal.
struct CompletionPlanTests {
    @Test func uniqueCandidateInsertsTheRestAndASpace() {
        #expect(CompletionPlan.make(typed: "Tru", candidates: ["Trump"], nextIsSpace: false) == .insert("mp "))
        #expect(CompletionPlan.make(typed: "Tru", candidates: ["Trump"], nextIsSpace: true) == .insert("mp"))
    }

    @Test func caseDifferenceReplacesTheTypedWord() {
        #expect(CompletionPlan.make(typed: "tru", candidates: ["Trump"], nextIsSpace: false)
                == .replace(deleting: 3, with: "Trump "))
        #expect(CompletionPlan.make(typed: "ｔ", candidates: ["Trump"], nextIsSpace: false)
                == .replace(deleting: 1, with: "Trump "))
    }

    @Test func severalCandidatesInsertTheirCommonPrefixByCharacter() {
        let japanese = ["トランプ大統領", "トランプ氏"]
        #expect(CompletionPlan.make(typed: "ト", candidates: japanese, nextIsSpace: false) == .insert("ランプ"))
        #expect(CompletionPlan.make(typed: "トランプ", candidates: japanese, nextIsSpace: false) == .list(japanese))
        #expect(CompletionPlan.make(typed: "wh", candidates: ["who", "what"], nextIsSpace: false)
                == .list(["who", "what"]))
    }

    @Test func noCandidateBeeps() {
        #expect(CompletionPlan.make(typed: "zz", candidates: [], nextIsSpace: false) == .beep)
    }

    @Test func completeWordAloneJustAddsTheSpace() {
        #expect(CompletionPlan.make(typed: "who", candidates: ["who"], nextIsSpace: false) == .insert(" "))
        #expect(CompletionPlan.make(typed: "who", candidates: ["who"], nextIsSpace: true) == .beep)
    }
}

struct CandidateColumnsTests {
    @Test func fillsColumnsTopToBottomWithinTheWidth() {
        let rows = CandidateColumns.rows(["a", "bb", "c", "d", "e"], width: 9)
        #expect(rows == ["a   d", "bb  e", "c"])
    }

    @Test func measuresJapaneseAsTwoColumns() {
        #expect(displayWidth("トランプ氏") == 10)
        let rows = CandidateColumns.rows(["トランプ氏", "who"], width: 100)
        #expect(rows == ["トランプ氏  who"])
    }

    @Test func narrowTerminalGivesOneColumn() {
        #expect(CandidateColumns.rows(["figures", "said"], width: 3) == ["figures", "said"])
    }
}

struct HistoryLocationTests {
    @Test func prefersXDGStateHome() {
        let url = HistoryLocation.defaultFile(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
        #expect(url?.path == "/s/summit/history")
    }

    @Test func fallsBackToHomeAndIgnoresRelativePaths() {
        let url = HistoryLocation.defaultFile(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])
        #expect(url?.path == "/h/.local/state/summit/history")
        #expect(HistoryLocation.defaultFile(environment: [:]) == nil)
    }
}

struct HistoryStoreTests {
    private func temporaryFile() throws -> URL {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("summit-history-\(UUID().uuidString)/summit/history")
    }

    @Test func savesAndReloadsOldestFirst() throws {
        let file = try temporaryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        do {
            let store = HistoryStore(file: file)
            store.add("first")
            store.add("second トランプ")
            #expect(store.entries == ["first", "second トランプ"])
            #expect(store.warnings.isEmpty)
        }
        #expect(HistoryStore(file: file).entries == ["first", "second トランプ"])
        let mode = try FileManager.default.attributesOfItem(atPath: file.deletingLastPathComponent().path)[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }

    @Test func twoShellsMergeInsteadOfOverwriting() throws {
        let file = try temporaryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        let one = HistoryStore(file: file), two = HistoryStore(file: file)
        one.add("from one")
        two.add("from two")
        one.add("one again")
        #expect(HistoryStore(file: file).entries == ["from one", "from two", "one again"])
    }

    @Test func foreignFileIsLeftUntouchedWithOneWarning() throws {
        let file = try temporaryFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent().deletingLastPathComponent()) }
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "ls -l\ncd /tmp\n".write(to: file, atomically: true, encoding: .utf8)
        let store = HistoryStore(file: file)
        store.add("new line")
        store.add("another")
        #expect(store.warnings.count == 1)
        #expect(store.entries == ["new line", "another"])
        #expect(try String(contentsOf: file, encoding: .utf8) == "ls -l\ncd /tmp\n")
    }

    @Test func uncreatableDirectoryGivesOneWarningAndKeepsWorking() {
        let store = HistoryStore(file: URL(fileURLWithPath: "/proc/nonexistent/summit/history"))
        store.add("still works")
        store.add("and again")
        #expect(store.warnings.count == 1)
        #expect(store.entries == ["still works", "and again"])
    }

    @Test func keepsAtMostTheCapacity() throws {
        let store = HistoryStore(file: nil)
        for index in 0..<(Int(HistoryStore.capacity) + 5) { store.add("line \(index)") }
        #expect(store.entries.count == Int(HistoryStore.capacity))
        #expect(store.entries.first == "line 5")
    }
}
