import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SummitGloss
import SummitKit

/// `summit gloss TEXT...`: the word gloss that a report without an English rendering gets, for
/// one text at a time, so it can be tried and tested from the command line before it is shown
/// in answers.
struct GlossCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gloss",
        abstract: "Print a word-by-word English gloss of Japanese text (MeCab + EDICT).",
        discussion: """
        One line per text: '[gloss] word · word …', or one '[gloss unavailable] …' line naming the \
        Debian package to install (exit status 1). With no TEXT, glosses each line of standard input. \
        The dictionary is read on the first gloss, not at start-up. For tests, SUMMIT_GLOSS_HIDE=mecab \
        or =edict behaves as if that dependency were not installed.
        """
    )

    @Argument(help: "Japanese text to gloss.")
    var texts: [String] = []

    func run() throws {
        let glosser = WordGlosser(environment: { ProcessEnvironment.current[$0] })
        var lines = texts
        if lines.isEmpty {
            while let line = readLine() { lines.append(line) }
        }
        var unavailable = false
        for text in lines {
            let gloss = glosser.gloss(text)
            if case .unavailable = gloss { unavailable = true }
            FileHandleOutput.write(gloss.text)
        }
        if unavailable { throw ExitCode(1) }
    }
}
