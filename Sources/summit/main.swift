// Throwaway demo of the line editor; replaced by the real shell later.
import Foundation

/// Offers the demo words that start (case-insensitively) with the word before the cursor.
func completeDemoWord(_ before: String) -> Completion {
    let words = ["who", "said", "what", "figures", "Trump", "トランプ大統領", "トランプ氏", "Ishiba"]
    let space = before.utf8.lastIndex(of: UInt8(ascii: " "))
    let wordStart = space.map { before.utf8.distance(from: before.utf8.startIndex, to: $0) + 1 } ?? 0
    let typed = String(decoding: before.utf8.dropFirst(wordStart), as: UTF8.self).lowercased()
    return Completion(wordStart: wordStart, candidates: words.filter { $0.lowercased().hasPrefix(typed) })
}

func runDemo() {
    let reader = makeLineReader(programName: "summit", completer: completeDemoWord)
    var shownWarnings = 0
    func showWarnings() {
        for warning in reader.warnings.dropFirst(shownWarnings) {
            FileHandle.standardError.write(Data("summit: \(warning)\n".utf8))
        }
        shownWarnings = reader.warnings.count
    }
    showWarnings()
    while true {
        switch reader.read(prompt: "summit> ") {
        case .endOfInput: return
        case .interrupted: continue
        case .line(let line):
            if !line.trimmingCharacters(in: .whitespaces).isEmpty { reader.remember(line) }
            showWarnings()
            if line == ".quit" { return }
            print("you typed: \(line)")
        }
    }
}

runDemo()
