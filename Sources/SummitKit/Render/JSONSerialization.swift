extension JSONValue {
    /// JSON text for this value; `pretty` uses two-space indentation and `"key": value`.
    ///
    /// Non-ASCII stays literal UTF-8 so Japanese remains readable; U+2028/2029 are escaped
    /// anyway because JavaScript consumers treat them as line breaks inside strings.
    public func serialized(pretty: Bool) -> String {
        var output = ""
        write(into: &output, pretty: pretty, indent: 0)
        return output
    }

    private func write(into output: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null:
            output += "null"
        case let .bool(flag):
            output += flag ? "true" : "false"
        case let .int(value):
            output += String(value)
        case let .number(value):
            output += jsonNumberText(value)
        case let .string(text):
            writeJSONString(text, into: &output)
        case let .array(elements):
            guard !elements.isEmpty else { output += "[]"; return }
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += "," }
                newline(into: &output, pretty: pretty, indent: indent + 1)
                element.write(into: &output, pretty: pretty, indent: indent + 1)
            }
            newline(into: &output, pretty: pretty, indent: indent)
            output += "]"
        case let .object(pairs):
            guard !pairs.isEmpty else { output += "{}"; return }
            output += "{"
            for (position, pair) in pairs.enumerated() {
                if position > 0 { output += "," }
                newline(into: &output, pretty: pretty, indent: indent + 1)
                writeJSONString(pair.0, into: &output)
                output += pretty ? ": " : ":"
                pair.1.write(into: &output, pretty: pretty, indent: indent + 1)
            }
            newline(into: &output, pretty: pretty, indent: indent)
            output += "}"
        }
    }
}

private func newline(into output: inout String, pretty: Bool, indent: Int) {
    guard pretty else { return }
    output += "\n"
    output += String(repeating: "  ", count: indent)
}

/// Integral values below 1e15 print as integers because amounts like 1e12 yen read far better
/// as `1000000000000` and every such value is exact in a Double. Beyond that, Swift's shortest
/// round-trip form is used. JSON has no NaN or infinity, so those become `null`.
func jsonNumberText(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(.towardZero) && abs(value) < 1e15 {
        return String(Int(value))
    }
    return value.description
}

/// RFC 8259 string escaping, with a fast path that copies text needing no escapes whole.
func writeJSONString(_ text: String, into output: inout String) {
    output += "\""
    if !needsJSONEscaping(text.utf8) {
        output += text
    } else {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                // C0 as RFC 8259 requires; DEL and C1 too, so JSON on a terminal never carries a raw CSI (U+009B).
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    output += "\\u00" + (hex.count < 2 ? "0" : "") + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
    }
    output += "\""
}

/// Any control byte (C0, DEL, C1), quote or backslash, or the UTF-8 for U+2028/2029 (E2 80 A8/A9).
private func needsJSONEscaping(_ bytes: String.UTF8View) -> Bool {
    var previous2: UInt8 = 0
    var previous1: UInt8 = 0
    for byte in bytes {
        if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return true }
        if previous1 == 0xC2 && byte >= 0x80 && byte <= 0x9F { return true }   // U+0080–009F
        if previous2 == 0xE2 && previous1 == 0x80 && (byte == 0xA8 || byte == 0xA9) { return true }
        previous2 = previous1
        previous1 = byte
    }
    return false
}
