/// One CSV record per RFC 4180, without the line terminator so callers can stream records
/// and choose where the document ends.
///
/// A field is quoted when it holds a comma, quote, CR or LF, and also when it starts or ends
/// with whitespace, because spreadsheet importers commonly trim unquoted fields. Text is not
/// passed through `visible()`: CSV is data for other programs, and must round-trip exactly.
public func csvRecord(_ fields: [String]) -> String {
    // Control characters from the record are shown visibly (␛), as in every other format:
    // CSV is read on terminals too. Line breaks inside fields stay, quoted per RFC 4180.
    fields.map { csvField(visibleKeepingLineBreaks($0)) }.joined(separator: ",")
}

private func visibleKeepingLineBreaks(_ s: String) -> String {
    guard s.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return s }
    return s.split(separator: "\n", omittingEmptySubsequences: false)
        .map { line in line.split(separator: "\r", omittingEmptySubsequences: false).map { visible(String($0)) }.joined(separator: "\r") }
        .joined(separator: "\n")
}

/// A whole CSV document: header (unless nil) then rows, separated by CRLF as RFC 4180
/// specifies. The last record has no line break of its own (RFC 4180 allows either): the
/// shell ends every answer with one, and a second would print a blank line.
public func csvDocument(header: [String]?, rows: [[String]]) -> String {
    var records: [String] = []
    records.reserveCapacity(rows.count + 1)
    if let header { records.append(csvRecord(header)) }
    for row in rows { records.append(csvRecord(row)) }
    return records.joined(separator: "\r\n")
}

private func csvField(_ field: String) -> String {
    guard needsQuoting(field) else { return field }
    var quoted = "\""
    for scalar in field.unicodeScalars {
        if scalar == "\"" { quoted.unicodeScalars.append("\"") }
        quoted.unicodeScalars.append(scalar)
    }
    quoted.unicodeScalars.append("\"")
    return quoted
}

private func needsQuoting(_ field: String) -> Bool {
    let bytes = field.utf8
    guard let first = bytes.first, let last = bytes.last else { return false }
    if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 { return true }
    return bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
}
