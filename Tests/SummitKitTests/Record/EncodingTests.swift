import Foundation
import Testing
@testable import SummitKit
import SummitData

/// Reports in Japanese legacy encodings are converted on loading and give exactly the facts of
/// their UTF-8 form; what no encoding reads is refused with the place of the first bad byte.
@Suite struct EncodingTests {
    /// Writes `bytes` as `name` in a fresh folder and loads it.
    func load(_ bytes: [UInt8], name: String = "report-2025-02-07.txt") throws -> Record {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("summit-enc-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return try Record.load(path: file.path)
    }

    /// Text through the iconv command, as a user's converter would write it.
    func iconv(_ bytes: [UInt8], to encoding: String) throws -> [UInt8] {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("summit-iconv-\(UInt32.random(in: 0...UInt32.max)).txt")
        try Data(bytes).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        p.arguments = ["-f", "UTF-8", "-t", encoding, input.path]
        let output = Pipe()
        p.standardOutput = output
        try p.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()   // until iconv exits
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return [UInt8](data)
    }

    static let encodings: [(String, TextEncoding)] = [("CP932", .shiftJIS), ("SHIFT_JIS", .shiftJIS), ("EUC-JP", .eucJP),
                                                     ("ISO-2022-JP", .iso2022JP), ("UTF-16", .utf16), ("UTF-16BE", .utf16)]

    @Test(arguments: encodings)
    func bundledRecordGivesTheSameFactsInEveryEncoding(_ iconvName: String, _ expected: TextEncoding) throws {
        let utf8 = EmbeddedData.bundledRecord
        var converted = try iconv(utf8, to: iconvName)
        if iconvName == "UTF-16BE" { converted = [0xFE, 0xFF] + converted }   // a byte-order mark, as editors write it
        let original = try load(utf8), other = try load(converted)
        #expect(original.convertedFrom == nil)
        #expect(other.convertedFrom == expected)
        #expect(other.bytes == utf8)
        let facts = { (r: Record) in Extractor().extract(r).exportedFacts().map { $0.serialized(pretty: false) } }
        #expect(facts(other) == facts(original))
        #expect(!facts(original).isEmpty)
    }

    /// Short texts where EUC-JP bytes are also valid CP932: the reading with Japanese wins.
    @Test(arguments: ["首相は「前進だ」と述べた。\n", "漢字だけの見出し\n", "ひらがな\n"])
    func eucAndShiftJISAreTold(_ text: String) throws {
        for (name, encoding) in [("EUC-JP", TextEncoding.eucJP), ("CP932", .shiftJIS)] {
            let r = try load(try iconv(Array(text.utf8), to: name))
            #expect(r.convertedFrom == encoding, "\(name): \(text)")
            #expect(r.bytes == Array(text.utf8))
        }
    }

    @Test func undecodableBytesAreRefusedWithTheirPlace() throws {
        do {
            _ = try load(Array("見出し\n".utf8) + [0xFF, 0xFE, 0xFD, 0x0A])
            Issue.record("accepted")
        } catch let error as RecordError {
            #expect(error.reason.contains("line 2"))
            #expect(error.reason.contains("Shift_JIS"))
            #expect(error.hint.contains("iconv"))
        }
    }

    /// Plain ASCII is UTF-8, not ISO-2022-JP: only an escape into JIS X 0208 says ISO-2022-JP.
    @Test func asciiIsNotISO2022() throws {
        #expect(try load(Array("plain text\n".utf8)).convertedFrom == nil)
    }

    @Test func conversionNoteNamesTheEncoding() throws {
        let r = try load(try iconv(Array("首相は「前進だ」と述べた。\n".utf8), to: "EUC-JP"))
        #expect(r.conversionNote(path: "a.txt") == "a.txt: read as EUC-JP, converted to UTF-8")
    }
}
