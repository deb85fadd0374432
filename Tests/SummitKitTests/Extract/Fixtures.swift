@testable import SummitKit

/// A small lexicon of our own, so rule tests check the rules, not the bundled data.
let testLexicon = Lexicon(bytes: Array("""
# kind\tid\tenglish\tjapanese\trole
person\tishiba\tIshiba|Shigeru Ishiba\t石破総理大臣|石破首相|石破氏\tPrime Minister of Japan
person\ttrump\tTrump|Donald Trump\tトランプ大統領|トランプ氏\tPresident of the United States
person\tabe\tShinzo Abe|Abe\t安倍元総理大臣|安倍氏\tformer Prime Minister
group\tishiba-aides\tIshiba's aides\t石破総理大臣の周辺|石破首相周辺\taides to the Prime Minister
group\tus-official\tthe official|US official\tアメリカ政府高官|米政府高官\tsenior US government official
country\tus\tUnited States|America|US\tアメリカ|米国\t-
country\tjapan\tJapan\t日本\t-
org\tmedia\tmedia\tメディア\t-
topic\tlng\tLNG|liquefied natural gas\tLNG|液化天然ガス\t-
topic\ttariff\ttariffs|tariff\t関税\t-
""".utf8))

func extract(_ text: String, name: String = "test-2025-02-07.txt") -> FactStore {
    Extractor(tables: .bundled, lexicon: testLexicon).extract(Record(name: name, bytes: Array(text.utf8)))
}
