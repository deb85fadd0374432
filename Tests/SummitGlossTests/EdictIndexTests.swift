import Testing
@testable import SummitGloss

/// The index built from EUC-JP bytes, as Debian ships EDICT, and the choice among entries
/// that share a spelling or a reading.
@Suite struct EdictIndexTests {
    /// A small EDICT of our own, in file order; several spellings and readings collide on purpose.
    static let sample = """
    　？？？ /EDICT, EDICT_SUB(P), EDICT2 Japanese-English Electronic Dictionary Files/
    日本 [にっぽん] /(n) Japan/
    日本 [にほん] /(n) Japan/(P)/
    米 [こめ] /(n) (husked grains of) rice/(P)/
    米 [べい] /(n,n-pref,n-suf) (United States of) America/USA/
    或る [ある] /(adj-pn) (uk) a certain .../some .../(P)/
    有る [ある] /(v5r-i,vi) (1) (uk) to be/to exist/(v5r-i,vi) (2) (uk) to have/(P)/
    刷る [する] /(v5r,vt) (1) to print/(P)/
    為る [する] /(vs-i) (1) (uk) to do/to carry out/(P)/
    こと /(prt) (1) particle indicating a command/
    事 [こと] /(n) (1) (uk) thing/matter/(P)/
    港町 [みなとまち] /(n) port town/
    漁業 [ぎょぎょう] /(n) fishing industry/fishery/(P)/
    """

    static func index() throws -> EdictIndex {
        let bytes = try #require(EUCJP.encode(sample))
        return try #require(EdictIndex(eucJP: bytes))
    }

    @Test func theSampleReallyIsEUCJP() throws {
        let bytes = try #require(EUCJP.encode("日本"))
        #expect(bytes == [0xC6, 0xFC, 0xCB, 0xDC])
        #expect(EUCJP.decode(bytes) == Array("日本".utf8))
    }

    @Test func everySpellingIsIndexedAndTheHeaderIsNot() throws {
        let index = try Self.index()
        #expect(index.count == 12)
        #expect(index.lookup("漁業")?.gloss == "fishing industry")
        #expect(index.lookup("港町")?.reading == "みなとまち")
        #expect(index.lookup("？？？") == nil)
        #expect(index.lookup("漁") == nil, "a prefix of a spelling is not a match")
        #expect(index.lookup("漁業組合") == nil)
    }

    @Test func theReadingChoosesAmongOneSpelling() throws {
        let index = try Self.index()
        #expect(index.lookup("米", reading: "ベイ", classes: .noun)?.gloss == "America")
        #expect(index.lookup("米", reading: "コメ", classes: .noun)?.gloss == "rice")
        #expect(index.lookup("米")?.gloss == "rice", "no reading: the common entry")
        #expect(index.lookup("日本")?.reading == "にほん", "the common one of two readings")
    }

    @Test func aKanaWordReachesItsUsualKanjiSpellingByClass() throws {
        let index = try Self.index()
        #expect(index.lookup("ある", reading: "アル", classes: .verb)?.gloss == "be")
        #expect(index.lookup("ある", reading: "アル", classes: .prenominal)?.gloss == "a certain ...")
        #expect(index.lookup("する", reading: "スル", classes: .verb)?.gloss == "do", "為る is usually kana; 刷る is not")
        #expect(index.lookup("こと", reading: "コト", classes: .noun)?.gloss == "thing")
        #expect(index.lookup("こと", classes: .function)?.gloss == "particle indicating a command")
    }

    @Test func aDamagedByteCostsOneCharacterNotTheDictionary() throws {
        var bytes = try #require(EUCJP.encode(Self.sample))
        let line = try #require(EUCJP.encode("港町"))
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: line) })
        bytes.insert(0xFF, at: at)
        let index = try #require(EdictIndex(eucJP: bytes))
        #expect(index.count == 12)
        #expect(index.lookup("港町") == nil)
        #expect(index.lookup("\u{FFFD}港町")?.gloss == "port town")
        #expect(index.lookup("漁業")?.gloss == "fishing industry")
    }
}
