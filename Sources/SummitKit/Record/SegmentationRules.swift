/// What the segmenter needs from the grammar tables, handed in by the caller: the record stage
/// reads no table itself (the extraction tables belong to Extract, which builds this value).
public struct SegmentationRules: Sendable {
    /// Lines that are page furniture (share buttons, "related articles"), never a section.
    public var boilerplate: [[UInt8]]
    /// Prefixes of short lines that look like headings but are not (a caption, a byline).
    public var notHeadingPrefixes: [[UInt8]]

    public init(boilerplate: [[UInt8]] = [], notHeadingPrefixes: [[UInt8]] = []) {
        self.boilerplate = boilerplate
        self.notHeadingPrefixes = notHeadingPrefixes
    }
}
