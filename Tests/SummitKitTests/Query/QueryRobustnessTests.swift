import Testing
@testable import SummitKit

/// No input may crash or hang the parser: pathological lines end in an error (or a parse),
/// quickly.
@Suite struct QueryRobustnessTests {
    func seconds(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let elapsed = clock.measure(body)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func deepParenthesesAreRefused() {
        let input = "who said " + String(repeating: "(", count: 10_000) + "LNG" + String(repeating: ")", count: 10_000)
        let error = failure(input)
        #expect(error?.message == "terms nested more than 64 deep")
        #expect(error?.column == 10 + 64)
        #expect(failure("who said " + String(repeating: "(", count: 10_000))?.message == "terms nested more than 64 deep")
        #expect(failure("who said " + String(repeating: "not ", count: 100_000) + "x")?.message == "terms nested more than 64 deep")
    }

    @Test func longOperatorChainsAreCapped() {
        let ok = "who said " + Array(repeating: "a", count: 257).joined(separator: " or ")
        #expect(parsed(ok) != nil)
        let tooMany = "who said " + Array(repeating: "a", count: 258).joined(separator: " and ")
        #expect(failure(tooMany)?.message == "more than 256 'and'/'or' operators")
    }

    @Test func nestingUpToTheLimitParses() {
        let input = "who said " + String(repeating: "(", count: 64) + "LNG" + String(repeating: ")", count: 64)
        #expect(query(input) == .whoSaid(.word("LNG")))
    }

    @Test func megabyteLinesAreLinear() {
        let phrase = "who said " + String(repeating: "defense ", count: 131_072)
        let ors = "who said " + String(repeating: "a or ", count: 200_000) + "b"
        let word = "who said " + String(repeating: "x", count: 1 << 20)
        let quoted = "who said \"" + String(repeating: "関税 ", count: 250_000) + "\""
        let junk = "timeline " + String(repeating: "junk ", count: 200_000)
        let japanese = String(repeating: "関", count: 350_000) + "についての発言"
        for line in [phrase, ors, word, quoted, junk, japanese] {
            #expect(line.utf8.count >= 1_000_000)
            let time = seconds { _ = try? parseQuery(line) }
            // Quadratic work on a megabyte would take hours; 3 s leaves room for a debug build on
            // a loaded machine (1 s failed by a few milliseconds while other builds ran).
            #expect(time < 3.0, "took \(time)s on a line starting \(line.prefix(20))")
        }
        #expect(parsed(phrase) != nil)
        #expect(failure(ors)?.message == "more than 256 'and'/'or' operators")
        #expect(failure(junk)?.column == 10)
    }

    @Test func nulsAndControlsAreErrors() {
        #expect(failure("\u{0}")?.column == 1)
        #expect(failure(String(repeating: "\u{0}", count: 1000)) != nil)
        #expect(failure("who said LNG\u{0}")?.column == 13)
        #expect(failure("\u{7}\u{8}\u{1B}") != nil)
        #expect(failure("who said \u{9B}31m") != nil)
    }

    @Test func oddUnicodeParsesOrFails() {
        for line in ["who said 😀😀", "who said e\u{301}", "who said \u{FEFF}", "\u{FFFF}", "who said \u{10FFFF}",
                     "who said \u{200B}", "ｗｈｏ said LNG", "who said 𠮷野家"] {
            _ = try? parseQuery(line)
            _ = completionContext(forPrefix: line)
        }
        #expect(query("who said 𠮷野家") == .whoSaid(.word("𠮷野家")))
        #expect(failure("who said 𠮷 as jsn")?.column == 16)
    }

    /// A deterministic random walk over the language's pieces and awkward characters.
    @Test func randomLinesNeverTrap() {
        let pieces = ["who", "said", "what", "did", "say", "quotes", "figures", "by", "about", "in", "over", "under",
                      "between", "and", "or", "not", "(", ")", "\"", "\\", "limit", "as", "json", "count", "explain",
                      "source", "mentions", "LNG", "関税", "誰が", "と言った", "の発言", "について", "は", "$5B", "1兆円",
                      "0", "-1", "\u{0}", "\u{1B}", "😀", " ", "  ", "people", "speaker", "by", "."]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var parsedCount = 0
        for _ in 0..<3000 {
            var line = ""
            for _ in 0..<(next() % 9) {
                line += pieces[next() % pieces.count]
                if next() % 3 > 0 { line += " " }
            }
            do {
                _ = try parseQuery(line)
                parsedCount += 1
            } catch {
                #expect(error.column >= 1)
                let rendered = error.rendered(input: line)
                #expect(!rendered.unicodeScalars.contains { $0.isControlCharacter && $0 != "\n" })
            }
            _ = completionContext(forPrefix: line)
        }
        #expect(parsedCount > 0)
    }
}
