import Synchronization

/// A value worked out the first time it is asked for and kept, behind a lock: for structures
/// that only some uses need (the lexicon's text trie is needed by extraction and by a few
/// answers, never by a start-up that only looks names up). Whoever holds one owns it (a value's
/// copies share it); nothing is global. The value must depend only on what its owner was made
/// from, so sharing it cannot be seen.
///
/// A struct around one non-generic slot, rather than a generic class: the Swift runtime builds a
/// generic class's metadata for each value type at the first object made (about 70,000
/// instructions each, for a dozen kinds made at every start), whereas the value's box here is
/// only made, and its type's metadata built, when something asks for the value.
struct BuiltOnce<Value: Sendable>: Sendable {
    private let slot = OnceSlot()

    init() {}

    /// The value, made by `make` if no one has asked before.
    func value(_ make: () -> Value) -> Value {
        // The slot only ever holds this type's box: nothing else can reach it.
        unsafeDowncast(slot.object { Box(make()) }, to: Box.self).value
    }

    private final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}

/// The lock and the object behind a `BuiltOnce`.
private final class OnceSlot: Sendable {
    private let state = Mutex<AnyObject?>(nil)

    func object(_ make: () -> AnyObject) -> AnyObject {
        state.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
