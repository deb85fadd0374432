import Testing
import SummitData
import TextKeys
@testable import SummitKit

@Suite struct LexiconTests {
    @Test(arguments: ["Ishiba's aides", "  ishiba’s   AIDES ", "Trump", "日本製鉄", "LNG", "", "  ", "a\tb", "é", "’"])
    func foldedHashAgreesWithFold(_ s: String) {
        #expect(Lexicon.foldedHash(s) == Lexicon.hash(Lexicon.fold(s)))
    }

    /// The one-pass pair the lexicon indexes Japanese forms by: a form folding leaves alone gets
    /// one hash for both, any other its folded hash.
    @Test(arguments: ["トランプ大統領", "LNG", "Ｇ７", "石破 首相", "日本’s", "日本—米国", "ｇ", "", "a\tb"])
    func hashesAgreeWithHashAndFoldedHash(_ s: String) {
        let h = Lexicon.hashes(s)
        #expect(h.exact == Lexicon.hash(s))
        #expect(h.folded == Lexicon.foldedHash(s))
    }

    /// The bundled lexicon was filed by the table compiler; filed here from the same rows (with
    /// keys hashed here, and with the compiler's keys), it must come out the same, array for
    /// array, and every form must find the same entries.
    @Test func theCompiledIndexIsTheOneTheBinaryWouldFile() {
        let compiled = Lexicon.bundled
        let rows = TableFile(compiled: CompiledTables.lexicon + CompiledTables.bundledRecordLexicon, forms: true)
        let computed = Lexicon(table: rows)
        let withKeys = Lexicon(table: rows, keys: CompiledTables.lexiconKeys + CompiledTables.bundledRecordLexiconKeys)
        #expect(compiled.entries == computed.entries)
        #expect(compiled.index == computed.index)
        #expect(withKeys.index == computed.index)
        #expect(Lexicon.general.index == Lexicon(table: TableFile(compiled: CompiledTables.lexicon)).index)
        #expect(Lexicon.general.entries == Lexicon(table: TableFile(compiled: CompiledTables.lexicon)).entries)
        var forms = 0
        for e in computed.entries {
            #expect(compiled.index(id: e.id) == computed.index(id: e.id))
            for f in e.english + e.japanese {
                forms += 1
                #expect(compiled.lookupIndices(f) == computed.lookupIndices(f), "\(f)")
                #expect(compiled.lookupIndices(f.uppercased()) == computed.lookupIndices(f.uppercased()), "\(f)")
            }
            for f in e.japanese { #expect(compiled.indices(japanese: f) == computed.indices(japanese: f), "\(f)") }
        }
        #expect(forms > 1000)
    }

    /// Keys are read row by row, so a skipped row (an id already filed) must not shift the keys
    /// of the rows after it.
    @Test func aRepeatedIdDoesNotShiftTheKeysOfLaterRows() {
        let rows = [
            TableRow(1, ["person", "a", "Alpha", "甲"], english: ["Alpha"], japanese: ["甲"]),
            TableRow(2, ["person", "a", "Again|Twice", "乙"], english: ["Again", "Twice"], japanese: ["乙"]),
            TableRow(3, ["topic", "c", "Gamma Ray", "丙"], english: ["Gamma Ray"], japanese: ["丙"]),
        ]
        let keys = rows.flatMap { FormKey.row(id: $0.fields[1], english: $0.english, japanese: $0.japanese) }
        let lexicon = Lexicon(table: TableFile(compiled: rows, forms: true), keys: keys)
        #expect(lexicon.entries.map(\.id) == ["a", "c"])
        #expect(lexicon.lookup("gamma  RAY").map(\.id) == ["c"])
        #expect(lexicon.entries(japanese: "丙").map(\.id) == ["c"])
        #expect(lexicon.lookup("Twice").isEmpty)
    }

    @Test func lexiconLookupsStillFindEveryForm() {
        #expect(testLexicon.index(id: "abe") == 2)
        #expect(testLexicon.lookup("Shinzo Abe").map(\.id) == ["abe"])
        #expect(testLexicon.lookup("安倍氏").map(\.id) == ["abe"])
        #expect(testLexicon.entries(japanese: "米国").map(\.id) == ["us"])
        #expect(testLexicon.index(id: "nobody") == nil)
    }

    @Test func foldCollapsesCaseSpacesAndCurlyApostrophes() {
        #expect(Lexicon.fold("  Ishiba’s   AIDES ") == "ishiba's aides")
        #expect(Lexicon.fold("トランプ大統領") == "トランプ大統領")
    }

    @Test func lookupFindsEnglishAndJapaneseForms() {
        #expect(testLexicon.lookup("trump").map(\.id) == ["trump"])
        #expect(testLexicon.lookup("トランプ氏").map(\.id) == ["trump"])
        #expect(testLexicon.lookup("ISHIBA'S AIDES").map(\.id) == ["ishiba-aides"])
        #expect(testLexicon.lookup("nobody").isEmpty)
        #expect(testLexicon.entries(japanese: "石破首相").first?.id == "ishiba")
        #expect(testLexicon.entry(id: "lng")?.displayName == "LNG")
    }

    /// The first row of an id wins, whichever table it came from; a later row with the same id
    /// adds no forms, and an id that only collides in hash with another is still kept.
    @Test func aRepeatedIdKeepsItsFirstRow() {
        let lex = Lexicon(bytes: Array("topic\tsteel\tsteel\t鉄鋼\t-\ntopic\tsteel\tiron\t鉄\t-\ntopic\tsteel2\tsteel two\t鋼\t-\n".utf8))
        #expect(lex.entries.map(\.id) == ["steel", "steel2"])
        #expect(lex.index(id: "steel") == 0)
        #expect(lex.index(id: "steel2") == 1)
        #expect(lex.lookup("iron").isEmpty)
        #expect(lex.entries(japanese: "鉄").isEmpty)
        let twice = Lexicon(entries: lex.entries + lex.entries)
        #expect(twice.index(id: "steel2") == 1)
        #expect(twice.lookup("steel").map(\.id) == ["steel", "steel"])
    }

    @Test func malformedRowsAreSkippedNotFatal() {
        let lex = Lexicon(bytes: Array("person\t\tNoId\tなし\t-\nbogus\tx\ty\tz\t-\ntopic\tok\tok\tオーケー\t-\ntopic\tok\tdup\tダブり\t-\n".utf8))
        #expect(lex.entries.map(\.id) == ["ok"])
    }

    @Test func longestFormWinsInText() {
        let s = extract("石破総理大臣の周辺は「成果だ」と述べ、石破総理大臣は「よい」と述べた。\n")
        let aides = s.entities.first { $0.key == "ishiba-aides" }
        let ishiba = s.entities.first { $0.key == "ishiba" }
        #expect(aides?.mentions.count == 1)
        #expect(ishiba?.mentions.count == 1)
    }

    @Test func asciiFormsNeedWordBoundaries() {
        let s = extract("LNGと、MLNGXという社名と、LNGsの話。\n")
        let lng = testLexicon.index(id: "lng")!
        #expect(s.sentences(mentioning: lng).count == 1)
    }

    @Test func innerFormsAreIndexedForSearch() {
        let lex = Lexicon(bytes: Array("place\ttaiwan-strait\tTaiwan Strait\t台湾海峡\t-\ncountry\ttaiwan\tTaiwan\t台湾\t-\n".utf8))
        let store = Extractor(tables: .bundled, lexicon: lex).extract(Record(name: "t.txt", bytes: Array("台湾海峡の平和。\n".utf8)))
        #expect(store.sentences(mentioning: lex.index(id: "taiwan")!).count == 1)
        #expect(store.entities.map(\.key) == ["taiwan-strait"])
    }

    /// Inner forms are worked out per form when the lexicon is built: every other entry's form
    /// inside it, at every offset, but never the outer entry's own shorter forms.
    @Test func innerFormsOfAFormAreEveryOtherEntryInside() {
        let lex = Lexicon(bytes: Array("""
        place\tstrait\tTaiwan Strait\t台湾海峡\t-
        country\ttaiwan\tTaiwan\t台湾\t-
        topic\tstraits\tstrait\t海峡\t-
        org\tnippon-steel\tNippon Steel\t日本製鉄|日本製\t-
        country\tjapan\tJapan\t日本\t-
        country\ttaiwan-again\tTaiwan again\t台湾\t-

        """.utf8))
        let patterns = LexiconPatterns(lex)
        func inner(_ form: String) -> [String] {
            let b = Array(form.utf8)
            guard let m = patterns.textPatterns.longestMatchNode(in: b, at: 0, limit: b.count), m.end == b.count else { return ["no match"] }
            return patterns.innerForms(endingOn: m.node).map { "\(lex.entries[$0.entry].id)@\($0.offset)+\($0.length)" }
        }
        #expect(inner("台湾海峡") == ["taiwan@0+6", "straits@6+6"])
        #expect(inner("日本製鉄") == ["japan@0+6"])
        #expect(inner("台湾") == [])
        let store = Extractor(tables: .bundled, lexicon: lex).extract(Record(name: "t.txt", bytes: Array("台湾海峡と日本製鉄。\n".utf8)))
        #expect(store.sentences(mentioning: lex.index(id: "straits")!).count == 1)
        #expect(store.sentences(mentioning: lex.index(id: "japan")!).count == 1)
        #expect(store.sentences(mentioning: lex.index(id: "taiwan-again")!).isEmpty)
    }

    /// Names in a text at query time (what a figure is about, a section's topics): longest form
    /// first, each entry once in order of first mention, single characters and forms inside a
    /// longer match left out. The text trie is built at the first call, so a fresh lexicon, a
    /// copy of it and one used already must all agree.
    @Test func entriesMentionedFindsLongestFormsOnceInOrder() {
        let text = "米国の関税と液化天然ガスについて、石破首相周辺は米。石破首相は関税、LNG、アメリカ。日"
        let expected = ["us", "tariff", "lng", "ishiba-aides", "ishiba"]
        let fresh = Lexicon(entries: testLexicon.entries)
        let copy = fresh
        #expect(copy.entriesMentioned(in: text).map { fresh.entries[$0].id } == expected)
        #expect(fresh.entriesMentioned(in: text).map { fresh.entries[$0].id } == expected)
        #expect(fresh.entriesMentioned(in: "").isEmpty)
        #expect(fresh.entriesMentioned(in: "石破").isEmpty)
        // A form cut off by the end of the text is no mention; a truncated character is skipped.
        #expect(fresh.entriesMentioned(in: "トランプ大統").isEmpty)
        #expect(fresh.entriesMentioned(in: "トランプ氏").map { fresh.entries[$0].id } == ["trump"])
    }

    /// Many threads asking a fresh lexicon at once build its trie once and all get the same answer.
    @Test func entriesMentionedIsSafeFromManyThreadsAtOnce() async {
        let lex = Lexicon(entries: Lexicon.bundled.entries)
        let text = String(decoding: EmbeddedData.bundledRecord.prefix(4000), as: UTF8.self)
        let expected = Lexicon(entries: Lexicon.bundled.entries).entriesMentioned(in: text)
        #expect(expected.count > 10)
        let results = await withTaskGroup(of: [Int].self) { group in
            for _ in 0..<8 { group.addTask { lex.entriesMentioned(in: text) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }

    /// The extractor's tries are built from the lexicon when it is made: a lexicon whose text trie
    /// was already built by a lookup gives the same facts as one never asked.
    @Test func extractionIsTheSameWhetherTheTextTrieWasBuiltBeforeOrNot() {
        let record = Record.bundled()
        let used = Lexicon(entries: Lexicon.bundled.entries)
        _ = used.entriesMentioned(in: "石破総理大臣")
        let fresh = Lexicon(entries: Lexicon.bundled.entries)
        let a = Extractor(tables: .bundled, lexicon: used).extract(record).exportedFacts()
        let b = Extractor(tables: .bundled, lexicon: fresh).extract(record).exportedFacts()
        #expect(a.count > 200)
        #expect(a == b)
        #expect(Extractor().extract(record).exportedFacts() == a)
    }

    /// One word of an organization's name reaches it, in lexicon order, once each, and only
    /// organizations: the index is built at the first such question and shared by copies.
    @Test func aWordOfAnOrganizationsNameReachesIt() {
        let lex = Lexicon(entries: [
            LexiconEntry(kind: .org, id: "north-steel", english: ["North Steel", "North-Steel Works"], japanese: ["北製鉄"], role: nil, asOf: nil),
            LexiconEntry(kind: .topic, id: "steel", english: ["steel"], japanese: ["鉄鋼"], role: nil, asOf: nil),
            LexiconEntry(kind: .org, id: "steel-union", english: ["Steel Union"], japanese: ["鉄鋼労組"], role: nil, asOf: nil),
        ])
        let copy = lex
        #expect(lex.organizations(namedWith: "Steel") == [0, 2])
        #expect(copy.organizations(namedWith: "works") == [0])
        #expect(lex.organizations(namedWith: "union") == [2])
        #expect(lex.organizations(namedWith: "north steel").isEmpty)   // one word, not a phrase
        #expect(lex.organizations(namedWith: "quantum").isEmpty)
    }
}
