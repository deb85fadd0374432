import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The expensive parts of a gloss — the MeCab tagger and the EDICT index — made on first use
/// and kept, behind one lock. This is the one piece of lazily-initialised shared state in
/// summit's gloss: each `WordGlosser` owns one (its copies share it), nothing is global, and
/// nothing is read at start-up. A failure is kept too, so a machine without MeCab pays for
/// finding that out once, not once per quote.
final class GlossResources: Sendable {
    private struct State {
        var tagger: Result<MeCabTagger, GlossUnavailable>?
        var rules: Result<GlossRules, GlossUnavailable>?
    }

    private let environment: GlossEnvironment
    private let state = Mutex(State())

    init(environment: GlossEnvironment) {
        self.environment = environment
    }

    /// Segments `text` and returns it with the rules to gloss it, loading whatever is not
    /// loaded yet. MeCab is tried first: without it the 19 MB dictionary is never read.
    func prepare(_ text: String) -> Result<([Morpheme], GlossRules), GlossUnavailable> {
        state.withLock { state in
            if state.tagger == nil { state.tagger = Self.openTagger(environment) }
            guard case .success(let tagger)? = state.tagger else { return .failure(state.tagger!.failureValue!) }
            if state.rules == nil { state.rules = Self.loadRules(environment) }
            guard case .success(let rules)? = state.rules else { return .failure(state.rules!.failureValue!) }
            return .success((tagger.morphemes(text), rules))
        }
    }

    private static func openTagger(_ environment: GlossEnvironment) -> Result<MeCabTagger, GlossUnavailable> {
        guard !environment.hidesMeCab, let library = MeCabLibrary.load() else { return .failure(.mecabLibrary) }
        return Result { () throws(GlossUnavailable) in try MeCabTagger(library: library, dictionary: environment.mecabDictionary) }
    }

    private static func loadRules(_ environment: GlossEnvironment) -> Result<GlossRules, GlossUnavailable> {
        let path = environment.edictPath
        // Decoded in one expression, so the 19 MB of EUC-JP are freed before the index is built.
        guard !environment.hidesEdict, let utf8 = readFile(path).flatMap(EUCJP.decode), case let index = EdictIndex(utf8: utf8),
              index.count > 0 else {
            return .failure(.edict(path))
        }
        return .success(GlossRules(dictionary: index, functionWords: FunctionWords()))
    }

    /// The whole file, or nil if it cannot be opened or read.
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            filled += n
        }
        return bytes
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }
}
