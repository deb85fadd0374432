/// What the segmenter needs from the grammar tables, handed in by the caller: the record stage
/// reads no table itself (the extraction tables belong to Extract, which builds this value).
public struct SegmentationRules: Sendable {
    /// Lines that are page furniture (share buttons, "related articles"), never a section.
    public var boilerplate: [[UInt8]]
    /// Prefixes of short lines that look like headings but are not (a caption, a byline).
    public var notHeadingPrefixes: [[UInt8]]
    /// Words that head a list of other articles' headlines (関連記事): the list is not the report.
    public var relatedHeadings: [[UInt8]]
    /// Endings of a sentence that lost its 。 (…しました): text after a line's last 。 that ends so
    /// is the report's own words, not headlines run on after it.
    public var sentenceEndings: [[UInt8]]

    public init(boilerplate: [[UInt8]] = [], notHeadingPrefixes: [[UInt8]] = [], relatedHeadings: [[UInt8]] = [],
                sentenceEndings: [[UInt8]] = []) {
        self.boilerplate = boilerplate
        self.notHeadingPrefixes = notHeadingPrefixes
        self.relatedHeadings = relatedHeadings
        self.sentenceEndings = sentenceEndings
    }
}
