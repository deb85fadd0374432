import Foundation
import Testing
@testable import SummitKit

/// What Foundation's parser reads from serialized text: the check that it is valid JSON
/// meaning what it should (summit has no JSON parser of its own).
private func foundationParse(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
}

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
        let nested = JSONValue.object([("b", 1), ("a", 2), ("c", .object([("y", 1), ("x", 2)]))])
        #expect(nested["c"]?.objectKeys == ["y", "x"])
        #expect(nested.serialized(pretty: false) == #"{"b":1,"a":2,"c":{"y":1,"x":2}}"#)
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
            #expect(try JSONDecoder().decode(Double.self, from: Data(text.utf8)) == value, "\(text)")
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
                let parsed = try foundationParse(value.serialized(pretty: pretty)) as? [String: Any]
                #expect(parsed?["k\n\""] as? String == sample)
                #expect(parsed?["a"] as? [String] == [sample])
            }
        }
    }

    @Test func integralDoublesEqualIntsAfterRoundTrip() throws {
        let value: JSONValue = ["amount": .number(1e12), "ratio": .number(0.5)]
        #expect(value.serialized(pretty: false) == #"{"amount":1000000000000,"ratio":0.5}"#)
        let parsed = try foundationParse(value.serialized(pretty: false)) as? [String: Any]
        #expect((parsed?["amount"] as? NSNumber)?.int64Value == 1_000_000_000_000)
        #expect((parsed?["ratio"] as? NSNumber)?.doubleValue == 0.5)
        #expect(JSONValue.int(3) == .number(3))
        #expect(JSONValue.int(3) != .number(3.5))
        #expect(JSONValue.number(.nan) != .number(.nan))
    }

    @Test func accessors() throws {
        let value: JSONValue = ["rows": [["name": "Trump", "n": 2.5], 7, true, .null]]
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
