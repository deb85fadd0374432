/// Whether the speaker the extractor gave names the person or body a label names. Labels write
/// a speaker as the report does at that place (ある党の山田幹事長, 田中大臣, 相手国側), so a
/// fair comparison is by who is meant, not by spelling:
/// - the same text, with or without an affiliation ending in の (自民党の…);
/// - the label's phrase ending in the extractor's (…ホワイトハウスの記者 and ホワイトハウスの記者);
/// - the same name before compatible titles: equal names, or one a short form of the other
///   (ムン of ムン・ジェイン), and one title ending the other (大臣 and 外務大臣), both of one role (防衛相 and 防衛大臣), or
///   an honorific (氏).
/// A lexicon speaker is compared by each of its Japanese forms.
struct SpeakerMatch {
    let names: NameRules
    let lexicon: Lexicon

    func matches(label: String, speaker: Speaker, written: String?) -> Bool {
        let label = label.filter { $0 != " " && $0 != "　" }
        if label == "unknown" || label == Speaker.unknown.ja { return speaker.id == Speaker.unknown.id }
        if speaker.id == Speaker.unknown.id { return false }
        var forms = [speaker.ja]
        if let written { forms.append(written) }
        if let e = lexicon.entry(id: speaker.id) { forms += e.japanese }
        var labels = [label]
        if let no = label.lastIndex(of: "の"), label.index(after: no) < label.endIndex {
            labels.append(String(label[label.index(after: no)...]))
        }
        for f in forms where !f.isEmpty {
            for l in labels {
                if f == l { return true }
                if f.count >= 2 && l.hasSuffix(f) { return true }
                if samePerson(f, l) { return true }
            }
        }
        return false
    }

    /// Name before a title (or honorific), compared by name and title.
    private func samePerson(_ a: String, _ b: String) -> Bool {
        guard let x = split(a), let y = split(b) else { return false }
        let sameName = x.name == y.name || SpeakerDirectory.isShortForm(x.name, of: y.name) || SpeakerDirectory.isShortForm(y.name, of: x.name)
        guard sameName else { return false }
        return x.title.isEmpty || y.title.isEmpty || x.title.hasSuffix(y.title) || y.title.hasSuffix(x.title) || x.role == y.role
    }

    /// `石破首相` → (石破, 首相, its role); `増田氏` → (増田, "", ""); nil when no title or honorific ends it.
    private func split(_ s: String) -> (name: String, title: String, role: String)? {
        let bytes = Array(s.utf8)
        guard let t = names.titledName(endingAt: bytes.count, in: bytes, lower: 0), t.range.lowerBound == 0 else { return nil }
        return (t.name, t.role.isEmpty ? "" : t.title, t.role)
    }
}
