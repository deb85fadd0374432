/// Makes untrusted text safe to print on a terminal.
///
/// Cell text comes from a news record and from user queries; a stray ESC could recolor or
/// move the cursor, CR/LF/TAB would break table alignment, and bidi overrides can make text
/// read differently from what it is. Each such character is replaced by a visible stand-in:
/// C0 controls and DEL by Unicode Control Pictures (LF uses ␤, the "newline" picture, which
/// reads better than ␊), C1 controls and bidi controls (overrides, isolates and marks) by
/// `<U+XXXX>`. Every path that prints text summit did not write itself comes here. Everything else passes
/// through unchanged, and text needing no change is returned without copying.
public func visible(_ s: String) -> String {
    guard needsVisibleEscaping(s.utf8) else { return s }
    var result = ""
    result.reserveCapacity(s.utf8.count + 8)
    for scalar in s.unicodeScalars {
        let value = scalar.value
        switch value {
        case 0x0A:
            result.unicodeScalars.append("\u{2424}")
        case 0x00..<0x20:
            result.unicodeScalars.append(Unicode.Scalar(0x2400 + value)!)
        case 0x7F:
            result.unicodeScalars.append("\u{2421}")
        case 0x80...0x9F:
            result += codePointLabel(value)
        default:
            if scalar.isBidiControl { result += codePointLabel(value) } else { result.unicodeScalars.append(scalar) }
        }
    }
    return result
}

/// Messages quoting what the user typed or named (a dot-command's argument, a path, a line of
/// a script) go through here whole: every control made visible, line breaks kept.
public func printableMessage(_ message: String) -> String {
    message.split(separator: "\n", omittingEmptySubsequences: false)
        .map { visible(String($0)) }
        .joined(separator: "\n")
}

/// A user-supplied word or path inside a message: printable and at most `limit` scalars (then
/// "..."), so a pasted megabyte stays one short line.
public func shown(_ text: String, limit: Int = 200) -> String {
    let scalars = text.unicodeScalars
    if scalars.count <= limit { return visible(text) }
    return visible(String(String.UnicodeScalarView(scalars.prefix(limit)))) + "..."
}

/// How many terminal columns `text` takes once printed through `visible`: the width the
/// terminal shows for an echoed line, so a caret can be placed under any character of it.
public func printedWidth(_ text: some StringProtocol) -> Int {
    displayWidth(visible(String(text)))
}

/// Columns one scalar takes once printed through `visible`, on its own (an emoji sequence is
/// narrower than its scalars: measure it whole with `printedWidth(_:)`).
@inline(__always)
public func printedWidth(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if scalar.isControlCharacter || scalar.isBidiControl { return displayWidth(visible(String(Character(scalar)))) }
    return displayWidth(ofScalarValue: value)
}

/// `printedWidth` of a slice of scalars, without building a string when no scalar needs
/// escaping or cluster measuring (the lexer measures every token of a pasted megabyte).
public func printedWidth(_ scalars: Substring.UnicodeScalarView) -> Int {
    var total = 0
    for scalar in scalars {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { total += 1; continue }   // printable ASCII: most of a query
        if scalar.isControlCharacter || scalar.isBidiControl || needsClusterWidth(value) {
            return printedWidth(String(scalars))
        }
        total += displayWidth(ofScalarValue: value)
    }
    return total
}

extension Unicode.Scalar {
    /// C0 controls, DEL and C1 controls: never printed raw, never part of a query word.
    public var isControlCharacter: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }

    /// Bidirectional overrides, isolates and marks: invisible characters that reorder what the
    /// terminal shows (a "Trojan source" trick), so they are shown as `<U+XXXX>`.
    public var isBidiControl: Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C
    }
}

/// `<U+009B>` style label: unambiguous, ASCII-only, and distinct from any control picture.
private func codePointLabel(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
}

/// Byte-level scan so the common case (nothing to replace) costs one pass over UTF-8.
/// C1 controls are encoded C2 80–9F; U+202A–202E are E2 80 AA–AE; U+2066–2069 are E2 81 A6–A9;
/// the marks U+200E/200F are E2 80 8E/8F and U+061C is D8 9C.
/// Every table cell goes through here, so the bytes are read through a buffer pointer, and
/// the bytes after a C2 or E2 lead byte are only looked at when one is found.
private func needsVisibleEscaping(_ bytes: String.UTF8View) -> Bool {
    if let found = bytes.withContiguousStorageIfAvailable(needsVisibleEscaping) { return found }
    return Array(bytes).withUnsafeBufferPointer { needsVisibleEscaping($0) }
}

private func needsVisibleEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x7F { return true }
        if byte == 0xC2 {
            let next = bytes[index + 1]
            if next >= 0x80 && next <= 0x9F { return true }
        } else if byte == 0xD8 {
            if bytes[index + 1] == 0x9C { return true }
        } else if byte == 0xE2 {
            let next = bytes[index + 1], last = bytes[index + 2]
            if next == 0x80 && ((last >= 0xAA && last <= 0xAE) || last == 0x8E || last == 0x8F) { return true }
            if next == 0x81 && last >= 0xA6 && last <= 0xA9 { return true }
        }
        index += 1
    }
    return false
}
