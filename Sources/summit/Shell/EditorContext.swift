import CEditLine
import Glibc

/// The Swift state that libedit's C callbacks need: the current prompt and the completer.
///
/// C callbacks cannot capture, and summit keeps no mutable globals, so this object is handed to
/// EditLine as `EL_CLIENTDATA` (unretained: the owning `LineEditor` keeps it alive longer than
/// the EditLine) and recovered in each callback with `EditorContext.of(_:)`.
final class EditorContext {
    let completer: (String) -> Completion
    /// A C copy of the prompt: libedit reads the returned pointer after the callback returns,
    /// so it must stay valid until the prompt changes.
    private var promptStorage: UnsafeMutablePointer<CChar>

    init(completer: @escaping (String) -> Completion) {
        self.completer = completer
        promptStorage = strdup("")
    }

    deinit {
        free(promptStorage)
    }

    /// The prompt changes between reads (`summit> ` for a new statement, `   ...> ` for a
    /// continuation), so it is looked up on every redraw rather than set once.
    var prompt: String {
        get { String(cString: promptStorage) }
        set {
            guard newValue != prompt, let copy = strdup(newValue) else { return }
            free(promptStorage)
            promptStorage = copy
        }
    }

    var promptPointer: UnsafeMutablePointer<CChar> { promptStorage }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func of(_ editLine: OpaquePointer?) -> EditorContext? {
        guard let editLine, let data = summit_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditorContext>.fromOpaque(data).takeUnretainedValue()
    }
}
