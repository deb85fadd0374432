#if canImport(Glibc)
import Glibc
#endif

/// EUC-JP ⇄ UTF-8 through glibc's iconv. EDICT ships in EUC-JP (with JIS X 0212 kanji as
/// three-byte sequences, which iconv's EUC-JP handles); everything else in summit is UTF-8.
enum EUCJP {
    /// UTF-8 bytes of `bytes`. A byte iconv cannot decode becomes U+FFFD and decoding goes on,
    /// so one damaged line costs one entry, not the dictionary. nil only if glibc has no EUC-JP.
    static func decode(_ bytes: [UInt8]) -> [UInt8]? {
        convert(bytes, from: "EUC-JP", to: "UTF-8", replacement: [0xEF, 0xBF, 0xBD])
    }

    /// EUC-JP bytes of `text` (characters EUC-JP lacks become `?`); tests write EDICT samples with it.
    static func encode(_ text: String) -> [UInt8]? {
        convert(Array(text.utf8), from: "UTF-8", to: "EUC-JP", replacement: [0x3F])
    }

    private static func convert(_ input: [UInt8], from: String, to: String, replacement: [UInt8]) -> [UInt8]? {
        let converter = iconv_open(to, from)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        // UTF-8 needs at most 3 bytes for each EUC-JP pair (or triple), and EUC-JP never more
        // than UTF-8: half again the input is enough either way (E2BIG grows it regardless).
        var output = [UInt8](repeating: 0, count: input.count * 3 / 2 + 16)
        var written = 0
        var input = input
        input.withUnsafeMutableBufferPointer { source in
            var inPointer = source.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var inLeft = source.count
            while inLeft > 0 {
                let (status, produced) = output.withUnsafeMutableBufferPointer { target -> (Int, Int) in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress! + written)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = target.count - written
                    let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (status, target.count - written - outLeft)
                }
                written += produced
                guard status == -1 else { break }
                if errno == E2BIG {
                    output += [UInt8](repeating: 0, count: output.count)
                } else {
                    // EILSEQ or EINVAL (a sequence cut short at the end): skip one byte.
                    if output.count - written < replacement.count { output += [UInt8](repeating: 0, count: 64) }
                    for b in replacement { output[written] = b; written += 1 }
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                }
            }
        }
        output.removeSubrange(written...)
        return output
    }
}
