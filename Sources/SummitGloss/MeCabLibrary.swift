#if canImport(Glibc)
import Glibc
#endif

/// MeCab's C API, found at run time with dlopen rather than linked.
///
/// Why not a link-time system-library target: the dynamic loader refuses to start a binary
/// whose linked library is missing, so a machine without MeCab could not even run `summit -e`.
/// Loaded here, a missing library is one "unavailable" line in the gloss column and nothing else.
/// Only four functions are needed and all take or return plain pointers and C strings, so no
/// header (and no struct layout) is involved: the tagger's text output is parsed instead of
/// walking `mecab_node_t`.
struct MeCabLibrary: @unchecked Sendable {
    // @unchecked: C function pointers into a library that is never unloaded; they hold no state.
    typealias New = @convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?
    typealias ParseToString = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int) -> UnsafePointer<CChar>?
    typealias ErrorText = @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?
    typealias Destroy = @convention(c) (OpaquePointer?) -> Void

    static let soname = "libmecab.so.2"

    let new: New
    let parseToString: ParseToString
    let errorText: ErrorText
    let destroy: Destroy

    /// nil when the library or one of its functions is not there. The handle is deliberately
    /// never closed: the function pointers above must stay valid for the life of the process.
    static func load() -> MeCabLibrary? {
        guard let handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL) else { return nil }
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            dlsym(handle, name).map { unsafeBitCast($0, to: type) }
        }
        guard let new = symbol("mecab_new2", as: New.self),
              let parse = symbol("mecab_sparse_tostr2", as: ParseToString.self),
              let errorText = symbol("mecab_strerror", as: ErrorText.self),
              let destroy = symbol("mecab_destroy", as: Destroy.self)
        else { return nil }
        return MeCabLibrary(new: new, parseToString: parse, errorText: errorText, destroy: destroy)
    }
}
