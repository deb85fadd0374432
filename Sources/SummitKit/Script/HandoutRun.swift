#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `summit run SCRIPT --html FILE`: the script answered by this session (the same engine, record
/// and language as a replay) and laid out as a handout page, then written as `.save` writes.
extension Session {
    public struct HandoutResult: Sendable {
        public let html: String
        public let queries: Int
        /// `tour.summit:12:1: error: …` for each query that did not run; the page shows them too.
        public let failures: [String]
    }

    public func handout(of script: ScriptFile, title: String) -> HandoutResult {
        var failures: [String] = []
        var queries = 0
        let steps = HandoutStep.steps(script) { line, n throws(HandoutQueryFailure) in
            queries += 1
            do throws(QueryEngine.Failure) {
                let outcome = try engine.answer(line, language: options.render.language, cancel: cancellation)
                return (outcome.answer, outcome.statement.format)
            } catch {
                switch error {
                case .query(let e):
                    failures.append(printableMessage("\(shown(script.path)):\(n):\(e.column): \(e.description)"))
                    throw HandoutQueryFailure(e.description)
                case .cancelled:
                    throw HandoutQueryFailure("cancelled (Ctrl-C)")
                }
            }
        }
        return HandoutResult(html: HandoutPage.html(title: title, steps: steps, store: store, language: options.render.language), queries: queries, failures: failures)
    }

    /// Writes the page like `.save`: never over an existing file unless `force`, atomically, a
    /// signal removing the half-written temporary file. A one-line error and false on failure.
    public func writeHandout(_ html: String, to path: String, force: Bool) -> Bool {
        do {
            let target = try SafeSave.target(path, home: options.home)
            try SafeSave.write(Array(html.utf8), to: target, overwrite: force, pending: pendingFile,
                               cancelled: { cancellation.isCancelled })
        } catch {
            switch error {
            case .exists: writeError(printableMessage("summit: error: \(shown(path)) exists; add --force to replace it, or pick another name"))
            case .refused(let why): writeError(printableMessage("summit: error: " + why))
            }
            return false
        }
        return true
    }
}
