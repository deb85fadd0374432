#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The encodings Japanese reports arrive in. Reports saved from older systems and mail are often
/// Shift_JIS (Windows' CP932), EUC-JP or ISO-2022-JP rather than UTF-8; they are read by
/// converting them to UTF-8 with the C library's iconv, so the rules only ever see UTF-8.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf16 = "UTF-16"
    case shiftJIS = "Shift_JIS (CP932)"
    case eucJP = "EUC-JP"
    case iso2022JP = "ISO-2022-JP"

    /// The name iconv knows it by. CP932 rather than SHIFT_JIS: Windows' extensions (①, ㈱) are
    /// everyday in Japanese text, and CP932 maps 0x5C to a backslash as the files mean it.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16: "UTF-16"
        case .shiftJIS: "CP932"
        case .eucJP: "EUC-JP"
        case .iso2022JP: "ISO-2022-JP-2"
        }
    }

    /// UTF-8 bytes for `bytes` and the encoding they were in, or nil when no encoding above reads
    /// them as Japanese text. UTF-8 is taken as it is; a byte-order mark says UTF-16; escape
    /// sequences say ISO-2022-JP; otherwise EUC-JP and CP932 are both tried and the reading with
    /// more Japanese wins (the two overlap on some byte pairs).
    /// `cancel` is asked every MB while the bytes are checked as UTF-8; when it says stop, the
    /// answer is meaningless and the caller, which asked to stop, throws it away.
    public static func decode(_ bytes: [UInt8], cancel: Cancellation = .never) -> (bytes: [UInt8], encoding: TextEncoding)? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return convert(bytes, from: .utf16).map { ($0, .utf16) }
        }
        if bytes.contains(0) { return nil }
        if Record.firstInvalidUTF8(bytes, stop: { cancel.isCancelled }) == nil {
            if cancel.isCancelled { return (bytes, .utf8) }
            guard hasISO2022Escape(bytes) else { return (bytes, .utf8) }
            return convert(bytes, from: .iso2022JP).map { ($0, .iso2022JP) }
        }
        var best: (bytes: [UInt8], encoding: TextEncoding, score: Int)? = nil
        for e in [TextEncoding.eucJP, .shiftJIS] {
            guard let out = convert(bytes, from: e) else { continue }
            let score = japaneseScore(out)
            if score > 0 && score > (best?.score ?? 0) { best = (out, e, score) }
        }
        return best.map { ($0.bytes, $0.encoding) }
    }

    /// ESC $ B, ESC $ @ or ESC $ ( : a switch into JIS X 0208/0213, which only ISO-2022-JP text has.
    static func hasISO2022Escape(_ bytes: [UInt8]) -> Bool {
        // Jump from ESC to ESC (the standard library's search), so a 60 MB report is one quick pass.
        var from = 0
        while let i = bytes[from...].firstIndex(of: 0x1B) {
            if i + 2 < bytes.count, bytes[i + 1] == 0x24, bytes[i + 2] == 0x42 || bytes[i + 2] == 0x40 || bytes[i + 2] == 0x28 { return true }
            from = i + 1
        }
        return false
    }

    /// How many kana and common kanji the UTF-8 text has, less the half-width katakana a wrong
    /// reading produces (EUC-JP read as CP932 turns into half-width kana); 0 without any kana,
    /// since Japanese prose always has some and Latin-1 read as CP932 (é followed by a letter is
    /// a kanji there) almost never does.
    static func japaneseScore(_ utf8: [UInt8]) -> Int {
        var score = 0, kana = 0
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0x3041...0x30FF: score += 1; kana += 1
            case 0x4E00...0x9FFF, 0x3001...0x300F: score += 1
            case 0xFF61...0xFF9F: score -= 1
            default: break
            }
        }
        return kana > 0 ? score : 0
    }

    /// `bytes` from `encoding` into UTF-8, or nil if any byte is not valid in it.
    static func convert(_ bytes: [UInt8], from encoding: TextEncoding) -> [UInt8]? {
        let cd = iconv_open("UTF-8", encoding.iconvName)
        guard let cd, cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let ok: Bool = input.withUnsafeMutableBytes { inRaw in
            var inPtr = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
            var inLeft = inRaw.count
            while true {
                var failed = false
                var finished = false
                let produced: Int = chunk.withUnsafeMutableBytes { outRaw in
                    var outPtr = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var outLeft = outRaw.count
                    // With no input left, one more call writes any pending shift back to the initial state.
                    let rc = inLeft > 0 ? iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) : iconv(cd, nil, nil, &outPtr, &outLeft)
                    if rc == -1 && errno != E2BIG { failed = true }
                    if rc != -1 && inLeft == 0 { finished = true }
                    return outRaw.count - outLeft
                }
                output.append(contentsOf: chunk[0..<produced])
                if failed { return false }
                if finished && produced == 0 { return true }
            }
        }
        guard ok, Record.firstInvalidUTF8(output) == nil else { return nil }
        // iconv keeps a UTF-16 byte-order mark as U+FEFF; the text starts after it.
        if output.starts(with: [0xEF, 0xBB, 0xBF]) { output.removeFirst(3) }
        return output
    }
}
