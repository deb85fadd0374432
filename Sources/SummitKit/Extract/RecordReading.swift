import SummitData

/// Reading a record with the extraction tables: the record stage segments with whatever rules
/// it is handed and knows no table; these are the entry points that hand it the tables' rules
/// (the bundled tables unless others are given).
extension ExtractionTables {
    /// The tables' boilerplate lines, not-heading prefixes, related headings and sentence endings, as the segmenter takes them.
    public var segmentation: SegmentationRules {
        SegmentationRules(boilerplate: boilerplate, notHeadingPrefixes: notHeadingPrefixes, relatedHeadings: relatedHeadings,
                          sentenceEndings: sentenceEndings)
    }
}

extension Record {
    /// The record bundled with summit.
    public static func bundled(tables: ExtractionTables = .bundled) -> Record {
        Record(name: EmbeddedData.bundledRecordName, bytes: EmbeddedData.bundledRecord, tables: tables)
    }

    /// `load(path:segmentation:maxBytes:watch:)` with the tables' segmentation rules.
    public static func load(path: String, tables: ExtractionTables = .bundled, maxBytes: Int = defaultMaxBytes,
                            watch: LoadWatch = .none) throws(RecordError) -> Record {
        try load(path: path, segmentation: tables.segmentation, maxBytes: maxBytes, watch: watch)
    }

    /// A record from text already known to be UTF-8, segmented with the tables' rules.
    public init(name: String, bytes: [UInt8], tables: ExtractionTables = .bundled) {
        self.init(name: name, bytes: bytes, segmentation: tables.segmentation)
    }

    /// The same, stopping (nil) when `cancel` says so.
    public init?(name: String, bytes: [UInt8], tables: ExtractionTables = .bundled, cancel: Cancellation) {
        self.init(name: name, bytes: bytes, segmentation: tables.segmentation, cancel: cancel)
    }
}
