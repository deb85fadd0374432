import Testing
@testable import SummitKit

@Suite("Render: JSON serialization")
struct RenderJSONSerializationTests {
    @Test func compactAndPretty() {
        let value: JSONValue = ["name": "石破茂", "count": 3, "tags": ["LNG", "関税"], "none": .null,
                                "empty": [], "nothing": [:], "ok": true]
        #expect(value.serialized(pretty: false) ==
            #"{"name":"石破茂","count":3,"tags":["LNG","関税"],"none":null,"empty":[],"nothing":{},"ok":true}"#)
        #expect(value.serialized(pretty: true) == """
            {
              "name": "石破茂",
              "count": 3,
              "tags": [
                "LNG",
                "関税"
              ],
              "none": null,
              "empty": [],
              "nothing": {},
              "ok": true
            }
            """)
    }

    @Test func keyOrderPreserved() throws {
        let value: JSONValue = ["z": 1, "a": 2, "m": 3]
        #expect(value.objectKeys == ["z", "a", "m"])
        let parsed = try JSONValue.parse(#"{"b":1,"a":2,"c":{"y":1,"x":2}}"#)
        #expect(parsed.objectKeys == ["b", "a", "c"])
        #expect(parsed["c"]?.objectKeys == ["y", "x"])
        #expect(parsed.serialized(pretty: false) == #"{"b":1,"a":2,"c":{"y":1,"x":2}}"#)
        // Order matters for equality, since it is part of what gets printed.
        #expect(JSONValue.object([("a", 1), ("b", 2)]) != JSONValue.object([("b", 2), ("a", 1)]))
    }

    @Test func numbers() {
        #expect(JSONValue.number(1e12).serialized(pretty: false) == "1000000000000")
        #expect(JSONValue.number(-42).serialized(pretty: false) == "-42")
        #expect(JSONValue.number(-0.0).serialized(pretty: false) == "0")
        #expect(JSONValue.number(999_999_999_999_999).serialized(pretty: false) == "999999999999999")
        #expect(JSONValue.number(1e15).serialized(pretty: false) == "1000000000000000.0")
        #expect(JSONValue.number(1e300).serialized(pretty: false) == "1e+300")
        #expect(JSONValue.number(0.1).serialized(pretty: false) == "0.1")
        #expect(JSONValue.number(14.1).serialized(pretty: false) == "14.1")
        #expect(JSONValue.number(1.5e-7).serialized(pretty: false) == "1.5e-07")
        #expect(JSONValue.number(.nan).serialized(pretty: false) == "null")
        #expect(JSONValue.number(.infinity).serialized(pretty: false) == "null")
        #expect(JSONValue.number(-.infinity).serialized(pretty: false) == "null")
        #expect(JSONValue.int(Int.min).serialized(pretty: false) == "-9223372036854775808")
    }

    @Test func shortestRoundTripNumbersParseBack() throws {
        for value in [0.1, 1.0 / 3.0, 1e15, 123456789.125, Double.leastNonzeroMagnitude, 1.7976931348623157e308, -2.5e20] {
            let text = JSONValue.number(value).serialized(pretty: false)
            #expect(try JSONValue.parse(text).doubleValue == value, "\(text)")
        }
    }

    @Test func stringEscaping() {
        let text = "q\"b\\s/\n\r\t\u{08}\u{0C}\u{0}\u{1F}\u{7F}\u{2028}\u{2029}日本😀"
        #expect(JSONValue.string(text).serialized(pretty: false) ==
            #""q\"b\\s/\n\r\t\b\f\u0000\u001f\u007f\u2028\u2029日本😀""#)
    }

    @Test func escapingRoundTrips() throws {
        var every = ""
        for value in 0..<0x100 { every.unicodeScalars.append(Unicode.Scalar(value)!) }
        let samples = [every, "\u{2028}\u{2029}", "e\u{301}", "👨\u{200D}👩\u{200D}👧", "\u{1B}[31m", "", "\"\\"]
        for sample in samples {
            let value: JSONValue = ["k\n\"": .string(sample), "a": [.string(sample)]]
            for pretty in [false, true] {
                let parsed = try JSONValue.parse(value.serialized(pretty: pretty))
                #expect(parsed == value)
                #expect(parsed["k\n\""]?.stringValue == sample)
            }
        }
    }

    @Test func integralDoublesEqualIntsAfterRoundTrip() throws {
        let value: JSONValue = ["amount": .number(1e12), "ratio": .number(0.5)]
        let parsed = try JSONValue.parse(value.serialized(pretty: false))
        #expect(parsed == value)
        #expect(parsed["amount"] == .int(1_000_000_000_000))
        #expect(JSONValue.int(3) == .number(3))
        #expect(JSONValue.int(3) != .number(3.5))
        #expect(JSONValue.number(.nan) != .number(.nan))
    }

    @Test func accessors() throws {
        let value = try JSONValue.parse(#"{"rows":[{"name":"Trump","n":2.5}, 7, true, null]}"#)
        #expect(value["rows"]?[0]?["name"]?.stringValue == "Trump")
        #expect(value["rows"]?[0]?["n"]?.doubleValue == 2.5)
        #expect(value["rows"]?[1]?.doubleValue == 7)
        #expect(value["rows"]?[1]?.intValue == 7)
        #expect(value["rows"]?[2]?.boolValue == true)
        #expect(value["rows"]?[3]?.isNull == true)
        #expect(value["rows"]?[4] == nil)
        #expect(value["rows"]?[-1] == nil)
        #expect(value["missing"] == nil)
        #expect(value["rows"]?.arrayValue?.count == 4)
        #expect(value[0] == nil)
        #expect(JSONValue.string("x").objectKeys.isEmpty)
    }
}

@Suite("Render: JSON parsing")
struct RenderJSONParsingTests {
    @Test func validDocuments() throws {
        #expect(try JSONValue.parse(" \t\r\n[1, -0, 2.5e3, -1E-2, 0.0] ") == [1, 0, 2500.0, -0.01, 0.0])
        #expect(try JSONValue.parse("\"\\u65e5\\u672C\\ud83d\\ude00\\/\"") == "日本😀/")
        #expect(try JSONValue.parse("true") == true)
        #expect(try JSONValue.parse("null") == .null)
        #expect(try JSONValue.parse("{}") == [:])
        #expect(try JSONValue.parse("9223372036854775807") == .int(Int.max))
        // Too big for Int: kept as a double rather than rejected.
        #expect(try JSONValue.parse("9223372036854775808").doubleValue == 9223372036854775808.0)
    }

    @Test(arguments: [
        ("", 0), ("[1,]", 3), ("[1 2]", 3), ("{\"a\" 1}", 5), ("{\"a\":1,}", 7), ("{a:1}", 1),
        ("01", 0), ("-", 1), ("1.", 2), ("1e", 2), (".5", 0), ("+1", 0), ("NaN", 0),
        ("tru", 0), ("nul", 0), ("\"abc", 0), ("\"a\nb\"", 2), ("\"\\x\"", 1), ("\"\\u12\"", 5),
        ("\"\\ud800\"", 1), ("\"\\udc00\"", 1), ("\"\\ud800\\u0041\"", 1), ("[] []", 3),
        ("{\"a\":1,\"a\":2}", 7), ("1e400", 0), ("[1", 2), ("\u{FEFF}1", 0), ("// c\n1", 0),
    ])
    func invalidDocumentsReportOffset(text: String, offset: Int) {
        #expect {
            _ = try JSONValue.parse(text)
        } throws: { error in
            guard let error = error as? JSONParseError else { return false }
            return error.offset == offset && !error.message.isEmpty
        }
    }

    @Test func errorDescriptionNamesOffset() {
        do {
            _ = try JSONValue.parse("[1, 2, x]")
            Issue.record("expected an error")
        } catch let error as JSONParseError {
            #expect(error.offset == 7)
            #expect(error.description.contains("byte 7"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func depthLimit() throws {
        let depth = JSONValue.maximumParseDepth
        let ok = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: Never.self) { try JSONValue.parse(ok) }
        let mixed = String(repeating: "{\"a\":[", count: depth / 2) + "1" + String(repeating: "]}", count: depth / 2)
        #expect(throws: Never.self) { try JSONValue.parse(mixed) }
        let tooDeep = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        #expect(throws: JSONParseError.self) { try JSONValue.parse(tooDeep) }
        // Far deeper, unterminated hostile input still fails cleanly at the limit.
        let hostile = String(repeating: "[", count: 1_000_000)
        #expect(throws: JSONParseError(offset: depth, message: "nesting deeper than 512 levels")) {
            try JSONValue.parse(hostile)
        }
    }
}
