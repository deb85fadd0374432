/// Finding the one entry a word means among those that share its spelling or reading.
extension EdictIndex {
    /// The best entry for `word` (a dictionary form), or nil. MeCab's `reading` (katakana) and
    /// `classes` choose among entries with one spelling: 米 read ベイ is "America", not "rice";
    /// ある tagged as a verb is "be", not "a certain". A word written in kana also reaches
    /// entries usually written in kana (する → 為る "do", こと → 事 "thing").
    func lookup(_ word: String, reading: String? = nil, classes: WordClass = []) -> Match? {
        let key = Array(word.utf8)
        let wantedReading = reading.map { Array(Kana.hiragana($0).utf8) }
        var best: (score: Int, record: Record)?

        func consider(_ record: Record, spelledAsWord: Bool) {
            var score = 0
            if !classes.isDisjoint(with: record.classes) { score += 8 }
            if spelledAsWord || record.flags & Record.usuallyKana != 0 { score += 4 }
            let recordReading = record.readingLength == 0 ? record.spellingRange : record.readingRange
            if let wantedReading, Self.compare(text, recordReading, wantedReading, 0..<wantedReading.count) == 0 { score += 2 }
            if record.flags & Record.common != 0 { score += 1 }
            if best == nil || score > best!.score { best = (score, record) }
        }

        var i = lowerBound(key, count: bySpelling.count) { bySpelling[$0].spellingRange }
        while i < bySpelling.count, Self.compare(text, bySpelling[i].spellingRange, key, 0..<key.count) == 0 {
            consider(bySpelling[i], spelledAsWord: true)
            i += 1
        }
        if Kana.isKana(word) {
            let kana = Array(Kana.hiragana(word).utf8)
            var j = lowerBound(kana, count: byReading.count) { bySpelling[Int(byReading[$0])].readingRange }
            while j < byReading.count {
                let record = bySpelling[Int(byReading[j])]
                guard Self.compare(text, record.readingRange, kana, 0..<kana.count) == 0 else { break }
                consider(record, spelledAsWord: false)
                j += 1
            }
        }
        guard let record = best?.record else { return nil }
        func string(_ r: Range<Int>) -> String { String(decoding: text[r], as: UTF8.self) }
        return Match(spelling: string(record.spellingRange), reading: string(record.readingRange), gloss: string(record.glossRange))
    }

    /// First position whose key is not below `key`, in whichever sorted array `range` reads.
    private func lowerBound(_ key: [UInt8], count: Int, _ range: (Int) -> Range<Int>) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if Self.compare(text, range(mid), key, 0..<key.count) < 0 { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
