import Synchronization

/// A value worked out the first time it is asked for and kept, behind a lock: for structures
/// that only some uses need (the lexicon's text trie is needed by extraction and by a few
/// answers, never by a start-up that only looks names up). Whoever holds one owns it (a value's
/// copies share it); nothing is global. The value must depend only on what its owner was made
/// from, so sharing it cannot be seen.
final class BuiltOnce<Value: Sendable>: Sendable {
    private let state = Mutex<Value?>(nil)

    init() {}

    /// The value, made by `make` if no one has asked before.
    func value(_ make: () -> Value) -> Value {
        state.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
