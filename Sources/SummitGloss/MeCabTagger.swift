#if canImport(Glibc)
import Glibc
#endif

/// One MeCab tagger over the UTF-8 IPA dictionary. MeCab reuses one output buffer per tagger,
/// so a tagger must not be used from two threads at once: `GlossResources` keeps it behind its
/// lock, which is why this class is not Sendable.
final class MeCabTagger {
    private let library: MeCabLibrary
    private let tagger: OpaquePointer

    /// Opens the dictionary at `dictionary`. `-r /dev/null` stops MeCab from requiring a
    /// mecabrc file, since the dictionary is named here anyway.
    init(library: MeCabLibrary, dictionary: String) throws(GlossUnavailable) {
        var info = stat()
        guard stat(dictionary + "/sys.dic", &info) == 0 else { throw .mecabDictionary(dictionary) }
        guard let tagger = library.new("-r /dev/null -d \(dictionary)") else {
            let reason = library.errorText(nil).map { String(cString: $0) } ?? ""
            throw .mecabDictionary(reason.isEmpty ? dictionary : "\(dictionary) (\(reason))")
        }
        self.library = library
        self.tagger = tagger
    }

    deinit { library.destroy(tagger) }

    /// The morphemes of `text`, in order. Tabs, line breaks and NULs become spaces first: the
    /// output is one morpheme per line with a tab after the surface, and MeCab stops at a NUL.
    func morphemes(_ text: String) -> [Morpheme] {
        let clean = String(text.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\0" ? " " : Character($0) })
        let output: String = clean.withCString { pointer in
            guard let result = library.parseToString(tagger, pointer, strlen(pointer)) else { return "" }
            return String(cString: result)
        }
        return output.split(separator: "\n").compactMap(Morpheme.init(mecabLine:))
    }
}
