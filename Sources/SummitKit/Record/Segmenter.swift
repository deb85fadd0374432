/// Splits a record into lines, sections (heading lines), paragraphs (runs of non-blank lines)
/// and sentences (。！？ outside brackets), in one pass over the bytes. Lists of other articles'
/// headlines that news pages carry (under 関連記事, or run on after a paragraph's last 。) are set
/// aside: they are not the report, so no sentence, quote or narration row may hold them.
struct Segmenter {
    struct Layout {
        var lineStarts: [Int] = []
        var sections: [Section] = []
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        var asides: [Range<Int>] = []
    }

    let bytes: [UInt8]
    let rules: SegmentationRules
    var cancel: Cancellation = .never
    /// Headings are short: a longer line without a full stop is a paragraph that lost its 。.
    static let maxHeadingCharacters = 60

    /// The layout, or nil when cancelled (checked every 64 KB of lines).
    func run() -> Layout? {
        var layout = Layout()
        layout.lineStarts.append(0)
        var chunk = 0
        while chunk < bytes.count {   // by the MB, so Ctrl-C is seen during a large record
            if chunk > 0, cancel.isCancelled { return nil }
            let end = min(bytes.count, chunk + (1 << 20))
            for i in chunk..<end where bytes[i] == 0x0A && i + 1 < bytes.count { layout.lineStarts.append(i + 1) }
            chunk = end
        }
        let lineCount = layout.lineStarts.count
        func content(_ line: Int) -> Range<Int> {
            let start = layout.lineStarts[line - 1]
            var end = line < lineCount ? layout.lineStarts[line] - 1 : bytes.count
            if end > start && bytes[end - 1] == 0x0A { end -= 1 }
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            var s = start
            while s < end {
                if bytes[s] == 0x20 || bytes[s] == 0x09 { s += 1; continue }
                if UTF8Bytes.matches(bytes, at: s, [0xE3, 0x80, 0x80]) { s += 3; continue } // ideographic space
                break
            }
            var e = end
            while e > s && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09) { e -= 1 }
            return s..<e
        }
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(lineCount)
        for line in 1...lineCount {
            if line & 4095 == 0, cancel.isCancelled { return nil }
            ranges.append(content(line))
        }
        var section = -1
        var paragraphStart: Int? = nil
        func closeParagraph(_ last: Int) {
            if let first = paragraphStart {
                layout.paragraphs.append(Paragraph(firstLine: first, lastLine: last, section: section))
                paragraphStart = nil
            }
        }
        var checkedAt = 0
        var inRelatedList = false
        // Apart from `layout`: the closures capture it, so two of its members cannot be inout at once.
        var asides: [Range<Int>] = []
        for line in 1...lineCount {
            let r = ranges[line - 1]
            if r.upperBound - checkedAt > 1 << 16 {
                if cancel.isCancelled { return nil }
                checkedAt = r.upperBound
            }
            if r.isEmpty { closeParagraph(line - 1); continue }
            // Page furniture (目次) is skipped like a blank line.
            if isBoilerplate(r) {
                closeParagraph(line - 1); continue
            }
            // 関連記事 and the headlines under it, up to the report's next heading or paragraph.
            if isRelatedHeading(r) {
                closeParagraph(line - 1); asides.append(r); inRelatedList = true; continue
            }
            if inRelatedList {
                if isListedHeadline(line, ranges) { closeParagraph(line - 1); asides.append(r); continue }
                inRelatedList = false
            }
            let prevBlank = line == 1 || ranges[line - 2].isEmpty || isBoilerplate(ranges[line - 2])
            let nextBlank = line == lineCount || ranges[line].isEmpty || isBoilerplate(ranges[line])
            if prevBlank && nextBlank && isHeading(r) {
                closeParagraph(line - 1)
                section = layout.sections.count
                layout.sections.append(Section(index: section, line: line, heading: UTF8Bytes.string(bytes, r), range: r))
                layout.sentences.append(Sentence(index: layout.sentences.count, line: line, range: r, paragraph: -1,
                                                 section: section, isHeading: true))
                continue
            }
            if paragraphStart == nil { paragraphStart = line }
            splitSentences(r, line: line, paragraph: layout.paragraphs.count, section: section, into: &layout.sentences,
                           asides: &asides)
        }
        closeParagraph(lineCount)
        layout.asides = asides
        return layout
    }

    func isBoilerplate(_ r: Range<Int>) -> Bool {
        r.count <= 64 && rules.boilerplate.contains { $0.count == r.count && UTF8Bytes.matches(bytes, at: r.lowerBound, $0) }
    }

    /// A heading stands alone between blank lines, is short, has no sentence end outside
    /// brackets, and is not a note, list item or link.
    func isHeading(_ r: Range<Int>) -> Bool {
        for p in rules.notHeadingPrefixes where UTF8Bytes.matches(bytes, at: r.lowerBound, p) { return false }
        if UTF8Bytes.find(bytes, Array("://".utf8), from: r.lowerBound, to: r.upperBound) != nil { return false }
        var characters = 0
        var depth = 0
        var i = r.lowerBound
        while i < r.upperBound {
            let b = bytes[i]
            if UTF8Bytes.isLead(b) { characters += 1 }
            if characters > Self.maxHeadingCharacters { return false }
            if b == 0xE3 && i + 2 < r.upperBound && bytes[i + 1] == 0x80 {
                switch bytes[i + 2] {
                case 0x8C, 0x8E: depth += 1
                case 0x8D, 0x8F: depth = max(0, depth - 1)
                case 0x82: if depth == 0 { return false }
                default: break
                }
            }
            i += 1
        }
        return true
    }

    /// Sentences end at 。！？ (and at the line's end) when no bracket is open; an unbalanced
    /// 「 keeps the rest of the line in one sentence rather than inventing boundaries. What is left
    /// after the line's last sentence end is set aside when it reads as run-on headlines.
    func splitSentences(_ r: Range<Int>, line: Int, paragraph: Int, section: Int, into sentences: inout [Sentence],
                        asides: inout [Range<Int>]) {
        var depth = 0
        var start = r.lowerBound
        var i = r.lowerBound
        func emit(_ end: Int) {
            var s = start
            while s < end && (bytes[s] == 0x20 || UTF8Bytes.matches(bytes, at: s, [0xE3, 0x80, 0x80])) {
                s += bytes[s] == 0x20 ? 1 : 3
            }
            if s < end, end == r.upperBound, start > r.lowerBound, isRunOnHeadlines(s..<end) {
                asides.append(s..<end)
                start = end
                return
            }
            if s < end {
                sentences.append(Sentence(index: sentences.count, line: line, range: s..<end, paragraph: paragraph,
                                          section: section, isHeading: false))
            }
            start = end
        }
        while i < r.upperBound {
            let b = bytes[i]
            if b == 0xE3 && i + 2 < r.upperBound {
                let b1 = bytes[i + 1], b2 = bytes[i + 2]
                if b1 == 0x80 {
                    switch b2 {
                    case 0x8C, 0x8E: depth += 1
                    case 0x8D, 0x8F: depth = max(0, depth - 1)
                    case 0x82: if depth == 0 { emit(i + 3) }
                    default: break
                    }
                }
                i += 3
                continue
            }
            if b == 0xEF && i + 2 < r.upperBound && bytes[i + 1] == 0xBC {
                switch bytes[i + 2] {
                case 0x88: depth += 1                       // （
                case 0x89: depth = max(0, depth - 1)        // ）
                case 0x81, 0x9F: if depth == 0 { emit(i + 3) } // ！ ？
                default: break
                }
                i += 3
                continue
            }
            i += 1
        }
        emit(r.upperBound)
    }

    /// A line naming a list of other articles: a related-heading word with at most a few marks
    /// around it (【関連記事】, ■関連ニュース).
    func isRelatedHeading(_ r: Range<Int>) -> Bool {
        let characters = Self.characterCount(bytes, r)
        return rules.relatedHeadings.contains { w in
            characters <= Self.characterCount(w, 0..<w.count) + 4 && ByteSearch.firstIndex(of: w, in: bytes, within: r) != nil
        }
    }

    /// Whether line `line`, met in a list of related articles, is one of its headlines: short, not
    /// a paragraph's text (no sentence end before its last character, no 、 at its end) and not a
    /// section heading (a line without a sentence end that is followed by the report's text, a
    /// paragraph). A line that cannot be a heading (one ending with 。, a link) stays listed.
    func isListedHeadline(_ line: Int, _ ranges: [Range<Int>]) -> Bool {
        let r = ranges[line - 1]
        guard !isParagraphText(r), !UTF8Bytes.endsWith(bytes, at: r.upperBound, UTF8Bytes.comma, lower: r.lowerBound) else { return false }
        if !isHeading(r) { return true }
        var next = line
        while next < ranges.count {
            let n = ranges[next]
            next += 1
            if n.isEmpty || isBoilerplate(n) { continue }
            return !isParagraphText(n)
        }
        return true
    }

    /// A paragraph's text rather than a headline: longer than a heading, a sentence end before its
    /// last character or a 、 (outside brackets), or a sentence's ending before a final 。
    /// (…しました。). A headline may end with 。 (首脳会談の成果は。), once.
    func isParagraphText(_ r: Range<Int>) -> Bool {
        if Self.characterCount(bytes, r) > Self.maxHeadingCharacters { return true }
        var depth = 0
        var i = r.lowerBound
        var finalStop: Int?
        while i < r.upperBound {
            let n = UTF8Bytes.sequenceLength(bytes[i])
            if n == 3, i + 2 < r.upperBound {
                switch (bytes[i], bytes[i + 1], bytes[i + 2]) {
                case (0xE3, 0x80, 0x8C), (0xE3, 0x80, 0x8E), (0xEF, 0xBC, 0x88): depth += 1
                case (0xE3, 0x80, 0x8D), (0xE3, 0x80, 0x8F), (0xEF, 0xBC, 0x89): depth = max(0, depth - 1)
                case (0xE3, 0x80, 0x81): if depth == 0 { return true }
                case (0xE3, 0x80, 0x82), (0xEF, 0xBC, 0x81), (0xEF, 0xBC, 0x9F):
                    if depth == 0 { if i + 3 < r.upperBound { return true } else { finalStop = i } }
                default: break
                }
            }
            i += n
        }
        guard let stop = finalStop else { return false }
        return rules.sentenceEndings.contains { UTF8Bytes.endsWith(bytes, at: stop, $0, lower: r.lowerBound) }
    }

    /// Text after a line's last sentence end that is headlines run on (a page's list of other
    /// articles pasted after the paragraph): it opens with a related-heading word, or its words
    /// are set apart by spaces, as headlines' are, with no 、 outside brackets and no ending of
    /// a sentence that lost its 。.
    func isRunOnHeadlines(_ r: Range<Int>) -> Bool {
        if rules.relatedHeadings.contains(where: { UTF8Bytes.matches(bytes, at: r.lowerBound, $0, limit: r.upperBound) }) { return true }
        if rules.sentenceEndings.contains(where: { UTF8Bytes.endsWith(bytes, at: r.upperBound, $0, lower: r.lowerBound) }) { return false }
        var depth = 0
        var spaced = false
        var i = r.lowerBound
        while i < r.upperBound {
            let n = UTF8Bytes.sequenceLength(bytes[i])
            if bytes[i] == 0x20 || UTF8Bytes.matches(bytes, at: i, [0xE3, 0x80, 0x80], limit: r.upperBound) {
                if depth == 0 && i > r.lowerBound && i + n < r.upperBound { spaced = true }
            } else if n == 3, i + 2 < r.upperBound {
                switch (bytes[i], bytes[i + 1], bytes[i + 2]) {
                case (0xE3, 0x80, 0x8C), (0xE3, 0x80, 0x8E), (0xEF, 0xBC, 0x88): depth += 1
                case (0xE3, 0x80, 0x8D), (0xE3, 0x80, 0x8F), (0xEF, 0xBC, 0x89): depth = max(0, depth - 1)
                case (0xE3, 0x80, 0x81): if depth == 0 { return false }   // 、
                default: break
                }
            }
            i += n
        }
        return spaced
    }

    static func characterCount(_ bytes: [UInt8], _ r: Range<Int>) -> Int {
        var n = 0
        for i in r where UTF8Bytes.isLead(bytes[i]) { n += 1 }
        return n
    }
}
