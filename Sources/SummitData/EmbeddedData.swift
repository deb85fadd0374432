/// The package's data files as bytes compiled into the binary: no bundle lookup at run time,
/// no file to lose when the executable is copied elsewhere.
public enum EmbeddedData {
    /// English ⇄ Japanese names, places, organizations and topic words (Grammar/lexicon.tsv).
    public static var lexicon: [UInt8] { PackageResources.lexicon_tsv }
    /// Reporting verbs, titles, units, qualifiers and markers the extractor applies (Grammar/extraction.tsv).
    public static var extractionTables: [UInt8] { PackageResources.extraction_tsv }
    /// Question shapes, lead words and stop words that turn plain questions into queries (Grammar/questions.tsv).
    public static var questionShapes: [UInt8] { PackageResources.questions_tsv }
    /// The query language's grammar with its examples (Grammar/query.ebnf); `.help` reads it.
    public static var queryGrammar: [UInt8] { PackageResources.query_ebnf }
    /// What the word gloss does with particles and auxiliaries (Grammar/gloss.tsv).
    public static var glossTable: [UInt8] { PackageResources.gloss_tsv }
    /// The bundled record, byte for byte as received.
    public static var bundledRecord: [UInt8] { PackageResources.japan_us_summit_2025_02_07_txt }
    /// The project's English rendering of the bundled record, tied to its checksum.
    public static var bundledRecordEnglish: [UInt8] { PackageResources.japan_us_summit_2025_02_07_en_tsv }
    /// Lexicon entries only the bundled record needs (its people and turns of phrase), kept beside it.
    public static var bundledRecordLexicon: [UInt8] { PackageResources.japan_us_summit_2025_02_07_lexicon_tsv }
    public static let bundledRecordName = "japan-us-summit-2025-02-07.txt"
}
