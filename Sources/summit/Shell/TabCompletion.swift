import CEditLine
import Glibc
import SummitKit

/// The Tab key: asks the completer about the text before the cursor and applies the
/// `CompletionPlan` to libedit's line buffer.
enum TabCompletion {
    /// Registers the command and binds it to Tab. Done before `el_source`, so a user's
    /// `~/.editrc` can still rebind Tab.
    static func install(on editLine: OpaquePointer) {
        _ = summit_el_add_function(
            editLine, "summit-complete", "Complete the word before the cursor",
            { editLine, _ in TabCompletion.run(editLine) })
        _ = summit_el_bind(editLine, "^I", "summit-complete")
    }

    /// More candidates than this fill the screen: ask first, as readline does.
    static let askAbove = 100

    /// readline's answers to "Display all N possibilities?": y, Y or space list them; n, N,
    /// Delete, Ctrl-G or Ctrl-C (or end of input) do not; other keys are ignored.
    private static func answerIsYes(_ editLine: OpaquePointer) -> Bool {
        while true {
            var c: CChar = 0
            guard summit_el_getc(editLine, &c) > 0 else { return false }
            switch UInt8(bitPattern: c) {
            case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: " "): return true
            case UInt8(ascii: "n"), UInt8(ascii: "N"), 0x7F, 0x07, 0x03, 0x04: return false
            default: continue
            }
        }
    }

    static func run(_ editLine: OpaquePointer?) -> UInt8 {
        guard let editLine, let context = EditorContext.of(editLine),
              let info = summit_el_line(editLine)?.pointee else { return UInt8(CC_ERROR) }
        // el_line gives the multibyte (UTF-8) buffer; the cursor is a byte position in it.
        let before = UnsafeRawBufferPointer(
            start: info.buffer, count: info.cursor - info.buffer
        ).bindMemory(to: UInt8.self)
        let nextIsSpace = info.cursor < info.lastchar && info.cursor.pointee == CChar(UInt8(ascii: " "))

        let completion = context.completer(String(decoding: before, as: UTF8.self))
        let start = min(max(completion.wordStart, 0), before.count)
        let typed = String(decoding: before[start...], as: UTF8.self)
        let plan = CompletionPlan.make(
            typed: typed, candidates: completion.candidates, nextIsSpace: nextIsSpace)
        let after = UnsafeRawBufferPointer(
            start: info.cursor, count: info.lastchar - info.cursor
        ).bindMemory(to: UInt8.self)
        let layout = LineLayout(
            prompt: context.prompt, beforeCursor: String(decoding: before, as: UTF8.self),
            afterCursor: String(decoding: after, as: UTF8.self),
            width: Int(summit_el_columns(editLine)))
        return apply(plan, to: editLine, layout: layout)
    }

    private static func apply(_ plan: CompletionPlan, to editLine: OpaquePointer, layout: LineLayout) -> UInt8 {
        switch plan {
        case .beep:
            return UInt8(CC_ERROR)
        case .insert(let text):
            return summit_el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        case .replace(let count, let text):
            // el_deletestr counts characters (wide chars), not bytes.
            summit_el_deletestr(editLine, Int32(count))
            return summit_el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        case .list(let candidates):
            // Start below the whole line, even when it wraps and the cursor is on an upper row.
            // File names (and anything else listed) may hold controls: shown escaped, like cells.
            let down = String(repeating: "\n", count: 1 + layout.rowsBelowCursor)
            if candidates.count > askAbove {
                summit_el_write(editLine, down + "Display all \(candidates.count) possibilities? (y or n)")
                let yes = answerIsYes(editLine)
                summit_el_write(editLine, "\n")
                if !yes { return UInt8(CC_REDISPLAY) }
            } else {
                summit_el_write(editLine, down)
            }
            let rows = CandidateColumns.rows(candidates.map(visible), width: layout.width)
            summit_el_write(editLine, rows.joined(separator: "\n") + "\n")
            return UInt8(CC_REDISPLAY)
        }
    }
}
