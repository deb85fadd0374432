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

/// Line editing for a person at a terminal, on libedit's native API: emacs keys, Tab
/// completion, persistent history, and Ctrl-C that cancels the line instead of the program.
final class LineEditor: LineReader {
    private let editLine: OpaquePointer
    private let context: EditorContext
    private let store: HistoryStore

    var history: [String] { store.entries }
    var warnings: [String] { store.warnings }

    init(programName: String, historyFile: URL?, completer: @escaping (String) -> Completion) {
        TerminalLocale.adopt()  // before el_init, which picks its character decoding
        Interrupt.catchInterrupts()
        context = EditorContext(completer: completer)
        store = HistoryStore(file: historyFile)
        guard let editLine = summit_el_init(programName) else { fatalError("libedit: el_init failed") }
        self.editLine = editLine

        _ = summit_el_set_clientdata(editLine, context.opaque)
        _ = summit_el_set_prompt(editLine, { editLine in EditorContext.of(editLine)?.promptPointer })
        _ = summit_el_set_editor(editLine, "emacs")
        WideCharacterRedraw.apply(to: editLine)
        _ = summit_el_set_signal(editLine, 1)  // restore the terminal around signals
        _ = summit_el_set_history(editLine, store.handle)
        TabCompletion.install(on: editLine)
        DeleteOrEndOfInput.install(on: editLine)
        _ = summit_el_source(editLine, nil)  // ~/.editrc last, so the user's settings win
    }

    deinit {
        summit_el_end(editLine)  // restores the terminal; the History is ended by `store` afterwards
    }

    func read(prompt: String) -> LineInput {
        context.prompt = prompt
        Interrupt.clear()
        var count: Int32 = 0
        errno = 0
        guard let raw = summit_el_gets(editLine, &count) else {
            return endOfRead(count: count, errno: errno)
        }
        var bytes = UnsafeRawBufferPointer(start: raw, count: strlen(raw)).bindMemory(to: UInt8.self)[...]
        if bytes.last == UInt8(ascii: "\n") { bytes = bytes.dropLast() }
        return .line(String(decoding: bytes, as: UTF8.self))
    }

    func remember(_ line: String) {
        store.add(line)
    }

    /// el_gets returned no line: -1 with EINTR is Ctrl-C, 0 is Ctrl-D on an empty line.
    /// libedit leaves the cursor on the prompt line in both cases, so the newline is ours.
    private func endOfRead(count: Int32, errno error: Int32) -> LineInput {
        summit_el_write(editLine, "\n")
        if count == -1 && (error == EINTR || Interrupt.isPending) {
            Interrupt.clear()
            clearLine()
            return .interrupted
        }
        return .endOfInput
    }

    /// Drops what was typed before Ctrl-C, so the next prompt does not bring it back.
    private func clearLine() {
        guard let info = summit_el_wline(editLine)?.pointee else { return }
        let afterCursor = info.lastchar - info.cursor
        let total = info.lastchar - info.buffer
        if afterCursor > 0 { _ = summit_el_cursor(editLine, Int32(afterCursor)) }
        if total > 0 { summit_el_deletestr(editLine, Int32(total)) }
    }
}
