import Testing
@testable import SummitKit

/// The filters that let the rules skip most of a sentence must never skip a match.
@Suite struct StartFilterTests {
    static func filter(_ patterns: [String]) -> StartFilter {
        var f = StartFilter()
        for p in patterns { f.insert(Array(p.utf8)) }
        return f
    }

    /// Every offset in `text` where `mayStart` is true.
    static func starts(_ f: StartFilter, _ text: String) -> [Int] {
        let b = Array(text.utf8)
        return b.indices.filter { UTF8Bytes.isLead(b[$0]) && f.mayStart(b, $0, b.count) }
    }

    @Test func passesEveryPatternStartAndNoCharacterThatStartsNone() {
        let f = Self.filter(["台湾海峡", "台湾", "LNG", "トランプ大統領"])
        // 台 at 0 and 12 (before 湾); 台 at 24 is followed by 風, a pair no pattern begins with.
        let text = "台湾海峡と台湾、台風のLNGをトランプ大統領が"
        let b = Array(text.utf8)
        let expected = ["台湾海峡", "台湾、", "LNG", "トランプ"].map { p in
            (0..<b.count).first { b[$0...].starts(with: Array(p.utf8)) }!
        }
        #expect(Self.starts(f, text) == expected)
    }

    @Test func oneCharacterPatternsPassOnTheirCharacterAlone() {
        let f = Self.filter(["7", "午前"])
        #expect(Self.starts(f, "7日午前7") == [0, 4, 10])
        #expect(Self.starts(f, "午") == [])            // 午 cut short: 午前 cannot fit
    }

    @Test func fourByteCharactersPassOnlyWhenAPatternStartsWithOne() {
        let plain = Self.filter(["台湾"])
        #expect(Self.starts(plain, "𠮷野家台湾") == [10])
        let astral = Self.filter(["𠮷野家"])
        #expect(Self.starts(astral, "𠮷野家と𩸽") == [0, 13])
    }

    @Test func unionPassesWhatEitherPasses() {
        var f = Self.filter(["台湾"])
        f.formUnion(Self.filter(["大統領", "9"]))
        #expect(Self.starts(f, "台湾の大統領が9人") == [0, 9, 21])
    }

    @Test func brokenBytesNeverTrap() {
        let f = Self.filter(["台湾", "LNG"])
        let b: [UInt8] = [0xE5, 0x8F, 0xF0, 0x80, 0xE5, 0xC3, 0x4C, 0xE3]
        for i in b.indices { _ = f.mayStart(b, i, b.count) }
    }
}

@Suite struct CharacterRolesTests {
    static let roles: CharacterRoles = {
        var r = CharacterRoles()
        r.mark(StartFilterTests.filter(["台湾", "大統領"]), as: .name)
        r.mark(JapaneseNumber.starts, as: .number)
        r.mark(BracketScanner.brackets, as: .bracket)
        return r
    }()

    @Test func eachRoleGetsItsOwnPlacesInOrder() {
        let text = "台湾の「大統領」は3千人と言った。"
        let b = Array(text.utf8)
        var c = Candidates()
        Self.roles.scan(b, 0..<b.count, into: &c)
        #expect(c.names == [0, 12])        // 台, 大
        #expect(c.brackets == [9, 21])     // 「 」
        #expect(c.numbers == [27, 28])     // 3 千
        #expect(c.times.isEmpty)
        // Scanning again starts afresh rather than appending.
        Self.roles.scan(b, 0..<9, into: &c)
        #expect(c.names == [0] && c.brackets.isEmpty && c.numbers.isEmpty)
    }

    @Test func strayContinuationBytesAreSkippedAndScanningResumes() {
        var b: [UInt8] = [0x80, 0xBF]
        b += Array("台湾".utf8)
        b += [0xE3]                          // a lead byte cut off by the end
        var c = Candidates()
        Self.roles.scan(b, 0..<b.count, into: &c)
        #expect(c.names == [2])
    }

    @Test func bracketPairsFromPlacesMatchPairsFromBytes() {
        let text = "「外『中』外」と「未完と」「"
        let b = Array(text.utf8)
        var c = Candidates()
        Self.roles.scan(b, 0..<b.count, into: &c)
        let fromPlaces = BracketScanner.topLevelPairs(b, at: c.brackets, in: 0..<b.count)
        #expect(fromPlaces == BracketScanner.topLevelPairs(b, in: 0..<b.count))
        #expect(fromPlaces.map { UTF8Bytes.string(b, $0.inner) } == ["外『中』外", "未完と"])
    }
}

@Suite struct ByteHelperTests {
    @Test func trimmingSpacesTakesAsciiTabsAndIdeographicSpaces() {
        let b = Array(" \t\u{3000}関税\u{3000} ".utf8)
        #expect(UTF8Bytes.string(b, UTF8Bytes.trimmingSpaces(b, 0..<b.count)) == "関税")
        let blank = Array(" \u{3000}\t".utf8)
        #expect(UTF8Bytes.trimmingSpaces(blank, 0..<blank.count).isEmpty)
    }

    @Test func cornerBracketsAreLeftOutButDoubleBracketsStay() {
        let b = Array("「USスチール」と『日経』".utf8)
        #expect(UTF8Bytes.stringWithoutCornerBrackets(b, 0..<b.count) == "USスチールと『日経』")
    }

    @Test func equalComparesExactBytes() {
        let b = Array("xx協力する".utf8)
        #expect(UTF8Bytes.equal("協力する", b, 2..<b.count))
        #expect(!UTF8Bytes.equal("協力す", b, 2..<b.count))
        #expect(!UTF8Bytes.equal("協力するよ", b, 2..<b.count))
        #expect(UTF8Bytes.equal("", b, 3..<3))
    }
}
