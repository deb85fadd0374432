import Testing
@testable import SummitGloss

/// The public API: a missing (or hidden) dependency is one line naming its Debian package.
@Suite struct WordGlosserTests {
    @Test func hiddenMeCabNamesItsPackage() {
        let gloss = WordGlosser(environment: ["SUMMIT_GLOSS_HIDE": "mecab"]).gloss("港町で漁業を強化する。")
        guard case .unavailable(let line) = gloss else { Issue.record("expected unavailable, got \(gloss)"); return }
        #expect(line.contains("libmecab-dev"))
        #expect(!line.contains("\n"))
    }

    @Test func hiddenEdictNamesItsPackage() {
        // MeCab is asked first; on a machine without it the MeCab line is the right answer too.
        let gloss = WordGlosser(environment: ["SUMMIT_GLOSS_HIDE": "edict"]).gloss("港町")
        guard case .unavailable(let line) = gloss else { Issue.record("expected unavailable, got \(gloss)"); return }
        #expect(line.contains("apt-get install edict") || line.contains("libmecab-dev"))
    }

    @Test func aMissingEdictFileIsUnavailableNotACrash() {
        let glosser = WordGlosser(environment: ["SUMMIT_EDICT": "/nonexistent/edict"])
        let first = glosser.gloss("港町")
        #expect(first.text.hasPrefix("[gloss unavailable]"))
        #expect(glosser.gloss("漁業") == first, "the failure is remembered, not retried per quote")
    }

    @Test func environmentParsing() {
        let env = GlossEnvironment(["SUMMIT_GLOSS_HIDE": "Edict,mecab", "SUMMIT_EDICT": "/tmp/x"])
        #expect(env.hidesMeCab && env.hidesEdict)
        #expect(env.edictPath == "/tmp/x")
        #expect(!GlossEnvironment([:]).hidesMeCab)
        #expect(GlossEnvironment([:]).edictPath == "/usr/share/edict/edict")
    }
}
