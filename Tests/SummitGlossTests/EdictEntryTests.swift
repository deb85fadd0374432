import Testing
@testable import SummitGloss

/// One EDICT line → spellings, readings and the first gloss of the first sense.
@Suite struct EdictEntryTests {
    @Test func kanjiWithReadingMarkersAndCommonFlag() throws {
        let e = try #require(EdictEntry(line: "会談 [かいだん] /(n,vs) conversation/conference (usu. between important people)/discussion/(P)/"))
        #expect(e.headwords == ["会談"])
        #expect(e.readings == ["かいだん"])
        #expect(e.gloss == "conversation")
        #expect(e.classes == .noun)
        #expect(e.isCommon)
        #expect(!e.isUsuallyKana)
    }

    @Test func onlyTheFirstSenseCounts() throws {
        // (2)'s markers must not leak into the classes; the gloss is from sense 1.
        let e = try #require(EdictEntry(line: "兆 [ちょう] /(num) (1) 10^12/1,000,000,000,000/trillion/(n) (2) sign/omen/(P)/"))
        #expect(e.gloss == "trillion", "the first gloss with a letter, not 10^12")
        #expect(e.classes == .number)
    }

    @Test func verbsLoseTheirToAndUsuallyKanaIsKept() throws {
        let e = try #require(EdictEntry(line: "為る [する] /(oK) (vs-i) (1) (uk) to do/to carry out/(vs-i) (2) (uk) to make/(P)/"))
        #expect(e.gloss == "do")
        #expect(e.classes == .verb)
        #expect(e.isUsuallyKana)
        let noun = try #require(EdictEntry(line: "トーク /(n,vs) talk (esp. on TV)/"))
        #expect(noun.gloss == "talk", "not a verb: nothing to strip; the note in brackets goes")
        #expect(noun.readings.isEmpty)
        #expect(!noun.isCommon)
    }

    @Test func leadingNotesGoAndAFieldOfOnlyNotesIsNoGloss() throws {
        let e = try #require(EdictEntry(line: "米 [べい] /(n,n-pref,n-suf) (United States of) America/USA/"))
        #expect(e.gloss == "America")
        #expect(e.classes == [.noun, .prefix, .suffix])
        // One line in Debian's EDICT is like this; it has no English to show, so no entry.
        #expect(EdictEntry(line: "某 [ぼう] /(pref) (certain)/") == nil)
        let later = try #require(EdictEntry(line: "某 [ぼう] /(pref) (certain)/a certain/"))
        #expect(later.gloss == "a certain", "the next gloss of the same sense is used")
    }

    @Test func edict2SpellingsReadingsAndSequenceNumbers() throws {
        let e = try #require(EdictEntry(line: "港町;湊町(iK) [みなとまち(P);みなとちょう] /(n) {geogr} port town/harbor city/(P)/EntL1234560X/"))
        #expect(e.headwords == ["港町", "湊町"])
        #expect(e.readings == ["みなとまち", "みなとちょう"])
        #expect(e.gloss == "port town")
        #expect(e.isCommon)
    }

    @Test func theHeaderAndBrokenLinesAreNotEntries() {
        #expect(EdictEntry(line: "　？？？ /EDICT, EDICT_SUB(P), EDICT2 Japanese-English Electronic Dictionary Files/") == nil)
        #expect(EdictEntry(line: "") == nil)
        #expect(EdictEntry(line: "港町 [みなとまち]") == nil, "no gloss field")
        #expect(EdictEntry(line: "港町 /(n)/") == nil, "markers but no gloss")
    }
}
