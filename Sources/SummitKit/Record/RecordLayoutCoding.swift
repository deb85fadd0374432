/// A record's segmentation (lines, sections, paragraphs, sentences, reference date) written out
/// and read back, so that a record whose structure was computed at build time (the bundled one,
/// see Store/Frozen) is not segmented again at every start. The bytes themselves are not
/// written: the reader is handed them, and refuses a layout that does not fit them.
extension Record {
    func writeLayout(to w: inout ByteWriter) {
        w.string(name)
        w.string(checksum)
        w.unsigned(UInt64(bytes.count))
        w.unsigned(UInt64(lineStarts.count))
        var last = 0
        for s in lineStarts { w.unsigned(UInt64(s - last)); last = s }
        w.unsigned(UInt64(sections.count))
        for s in sections {
            w.int(s.line); w.string(s.heading); w.unsigned(UInt64(s.range.lowerBound)); w.unsigned(UInt64(s.range.count))
        }
        w.unsigned(UInt64(paragraphs.count))
        for p in paragraphs { w.int(p.firstLine); w.unsigned(UInt64(p.lastLine - p.firstLine)); w.int(p.section) }
        w.unsigned(UInt64(sentences.count))
        for s in sentences {
            w.int(s.line); w.unsigned(UInt64(s.range.lowerBound)); w.unsigned(UInt64(s.range.count))
            w.int(s.paragraph); w.int(s.section); w.bool(s.isHeading)
        }
        w.unsigned(UInt64(asides.count))
        for a in asides { w.unsigned(UInt64(a.lowerBound)); w.unsigned(UInt64(a.count)) }
        w.bool(referenceDate != nil)
        if let d = referenceDate { w.int(d.year); w.int(d.month); w.int(d.day) }
    }

    /// The record of `bytes` with the layout `r` holds; refused when the layout was written for
    /// other bytes (another checksum or length) or points outside them.
    init(bytes: [UInt8], layoutFrom r: inout ByteReader) throws(ByteReader.Refusal) {
        name = try r.string()
        let checksum = fnv1a64(bytes)
        guard try r.string() == checksum else { throw r.refuse("the layout is of another record") }
        guard try r.count(atMost: Int.max) == bytes.count else { throw r.refuse("the layout is of a record of another length") }
        self.bytes = bytes
        self.checksum = checksum
        let size = bytes.count
        func range(_ r: inout ByteReader) throws(ByteReader.Refusal) -> Range<Int> {
            let start = try r.count(atMost: size)
            return start..<(start + (try r.count(atMost: size - start)))
        }
        let lineCount = try r.count(atMost: size + 1)
        var starts: [Int] = []
        starts.reserveCapacity(lineCount)
        var at = 0
        for _ in 0..<lineCount {
            at += try r.count(atMost: size - at)
            starts.append(at)
        }
        lineStarts = starts
        func line(_ r: inout ByteReader) throws(ByteReader.Refusal) -> Int {
            let n = try r.int()
            guard (1...max(1, lineCount)).contains(n) else { throw r.refuse("line \(n) is not in the record") }
            return n
        }
        let sectionCount = try r.count(atMost: lineCount)
        var sections: [Section] = []
        sections.reserveCapacity(sectionCount)
        for k in 0..<sectionCount {
            sections.append(Section(index: k, line: try line(&r), heading: try r.string(), range: try range(&r)))
        }
        self.sections = sections
        func section(_ r: inout ByteReader) throws(ByteReader.Refusal) -> Int {
            let s = try r.int()
            guard s >= -1, s < sectionCount else { throw r.refuse("section \(s) is not in the record") }
            return s
        }
        let paragraphCount = try r.count(atMost: lineCount)
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(paragraphCount)
        for _ in 0..<paragraphCount {
            let first = try line(&r)
            let last = first + (try r.count(atMost: lineCount - first))
            paragraphs.append(Paragraph(firstLine: first, lastLine: last, section: try section(&r)))
        }
        self.paragraphs = paragraphs
        let sentenceCount = try r.count(atMost: size + 1)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(sentenceCount)
        for k in 0..<sentenceCount {
            let l = try line(&r)
            let span = try range(&r)
            let paragraph = try r.int()
            guard paragraph >= -1, paragraph < paragraphCount else { throw r.refuse("paragraph \(paragraph) is not in the record") }
            sentences.append(Sentence(index: k, line: l, range: span, paragraph: paragraph, section: try section(&r), isHeading: try r.bool()))
        }
        self.sentences = sentences
        let asideCount = try r.count(atMost: size)
        var asides: [Range<Int>] = []
        asides.reserveCapacity(asideCount)
        for _ in 0..<asideCount { asides.append(try range(&r)) }
        self.asides = asides
        referenceDate = try r.bool() ? CalendarDate(year: try r.int(), month: try r.int(), day: try r.int()) : nil
    }
}
