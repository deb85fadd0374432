import CEditLine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import Glibc

/// libedit's in-memory history plus the file that carries it across runs.
///
/// Saving is "merge, then replace atomically": under an exclusive `flock` on the history
/// directory, a fresh History loads the file as it is *now* (so lines saved meanwhile by another
/// summit survive), gets the new line entered, is written to a temporary file and renamed over
/// the old one. `H_SAVE` always rewrites the whole file, so plain saving from two shells would
/// lose the other shell's lines; the lock serialises writers and the rename means a reader never
/// sees half a file. Each shell's Up-arrow history is still its own session plus what the file
/// held at start-up.
///
/// The file is never written when it exists but did not load: `H_LOAD` returns -1 both for a
/// missing file and for one in another format (GNU readline, plain text), and saving over the
/// latter would destroy it.
final class HistoryStore {
    static let capacity: Int32 = 1000

    /// The libedit History, handed to EditLine with `EL_HIST` for Up/Down and search.
    let handle: OpaquePointer
    private let file: URL?
    private var canSave = false
    private(set) var warnings: [String] = []

    init(file: URL?) {
        handle = Self.makeHistory()
        self.file = file
        guard let file else { return }
        canSave = prepare(file)
    }

    deinit {
        summit_history_end(handle)
    }

    /// Entries oldest first.
    var entries: [String] {
        var result: [String] = []
        var event = HistEvent()
        var status = summit_history_oldest(handle, &event)
        while status == 0 {
            if let text = event.str { result.append(String(cString: text)) }
            status = summit_history_newer(handle, &event)
        }
        return result
    }

    func add(_ line: String) {
        _ = summit_history_enter(handle, line)
        guard canSave, let file else { return }
        if let problem = append(line, to: file) {
            canSave = false
            warnings.append("history will not be saved: \(problem)")
        }
    }

    private static func makeHistory() -> OpaquePointer {
        guard let history = summit_history_init() else { fatalError("libedit: history_init failed") }
        _ = summit_history_set_size(history, capacity)
        _ = summit_history_set_unique(history, 1)
        return history
    }

    /// Loads the file and decides whether it may be written later; records why not.
    private func prepare(_ file: URL) -> Bool {
        let directory = file.deletingLastPathComponent()
        if let problem = PrivateDirectory.create(directory) {
            warnings.append("history will not be saved: \(problem)")
            return false
        }
        if let problem = Self.load(file, into: handle) {
            warnings.append(problem)
            return false
        }
        // The temporary file and the rename both need a writable directory.
        guard access(directory.path, W_OK) == 0,
              !Self.exists(file) || access(file.path, W_OK) == 0 else {
            warnings.append("history will not be saved: \(file.path) is not writable")
            return false
        }
        return true
    }

    /// Nil when the file loaded, is empty, or does not exist yet; otherwise a warning.
    private static func load(_ file: URL, into history: OpaquePointer) -> String? {
        guard exists(file) else { return nil }
        if summit_history_load(history, file.path) >= 0 { return nil }
        if size(of: file) == 0 { return nil }
        return "history file \(file.path) is unreadable or not in libedit's format; left untouched, history will not be saved"
    }

    /// Merges `line` into the file under the directory lock; returns a problem, or nil.
    private func append(_ line: String, to file: URL) -> String? {
        let directory = file.deletingLastPathComponent()
        let lock = open(directory.path, O_RDONLY | O_DIRECTORY)
        if lock >= 0 { _ = flock(lock, LOCK_EX) }
        defer { if lock >= 0 { close(lock) } }  // closing releases the lock

        let merged = Self.makeHistory()
        defer { summit_history_end(merged) }
        if Self.load(file, into: merged) != nil {
            return "\(file.path) was replaced by a file summit cannot read"
        }
        _ = summit_history_enter(merged, line)
        let temporary = file.path + ".\(getpid()).tmp"
        guard summit_history_save(merged, temporary) >= 0 else {
            unlink(temporary)
            return "cannot write \(temporary)"
        }
        guard rename(temporary, file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return "cannot replace \(file.path) (\(reason))"
        }
        return nil
    }

    private static func exists(_ file: URL) -> Bool {
        FileManager.default.fileExists(atPath: file.path)
    }

    private static func size(of file: URL) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? -1
    }
}
