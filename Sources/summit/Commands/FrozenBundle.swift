import SummitFrozenStore
import SummitKit

/// The bundled record's facts and segmentation as extracted when this binary was built: sessions
/// on the bundled record decode them instead of segmenting and extracting at every start, and
/// extract as before when they do not match the tables or record (see `FrozenStore`).
enum FrozenBundle {
    static let store = FrozenStore(bytes: FrozenStoreBytes.bytes)

    /// The bundled record, its segmentation read from the frozen store when that matches.
    static func record() -> Record { store.record() ?? Record.bundled() }

    /// `options` with the frozen store handed in.
    static func options(_ options: Session.Options) -> Session.Options {
        var options = options
        options.frozenStore = store
        return options
    }
}
