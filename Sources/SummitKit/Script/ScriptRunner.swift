#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Replaying scripts: line by line through the same path as typed queries, stopping at the
/// first failure unless told to keep going.
extension Session {
    public struct ScriptOutcome: Sendable {
        public var ran = 0
        public var failures = 0
        public var quit = false
        /// Where Ctrl-C stopped the script ("tour.summit:12"), if it did.
        public var interruptedAt: String?
    }

    public func runScript(path: String, keepGoing: Bool) -> ScriptOutcome {
        var outcome = ScriptOutcome()
        let canonical = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        if runStack.contains(canonical) {
            let chain = (runStack + [canonical]).map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " → ")
            writeError(printableMessage("error: \(shown(path)) runs itself (\(chain)); remove the cycle"))
            outcome.failures = 1
            return outcome
        }
        guard runStack.count < 32 else {
            writeError(printableMessage("error: scripts nested more than 32 deep at \(shown(path)); flatten them"))
            outcome.failures = 1
            return outcome
        }
        let script: ScriptFile
        do { script = try ScriptFile(path: path) } catch {
            writeError(printableMessage("error: " + error.description))
            outcome.failures = 1
            return outcome
        }
        if let warning = script.header?.mismatch(with: records) { writeError(printableMessage("warning: \(shown(path)): " + warning)) }
        runStack.append(canonical)
        defer { runStack.removeLast() }
        if let stepper { return runSteps(script, path: path, stepper: stepper) }
        for (i, line) in script.lines.enumerated() {
            switch line {
            case .blank: continue
            case .comment(let text):
                if options.echo, !(i == 0 && script.header != nil) { write(visible(text)) }
                continue
            case .command(let text):
                let here = "\(shown(path)):\(i + 1)"
                if cancellation.isCancelled { return interrupted(outcome, at: here) }
                let result = execute(text, at: .script(path: path, line: i + 1))
                outcome.ran += 1
                if cancellation.isCancelled {
                    if result == .failed { outcome.failures += 1 }
                    return interrupted(outcome, at: here)
                }
                switch result {
                case .ok: continue
                case .quit: outcome.quit = true; return outcome
                case .failed:
                    outcome.failures += 1
                    if !keepGoing { return outcome }
                }
            }
        }
        return outcome
    }

    /// A live demo: the stepper shows each step and picks what happens. An error is shown and
    /// the demo goes on (the person at the front decides, and may go back); Ctrl-C cancels the
    /// running query only.
    private func runSteps(_ script: ScriptFile, path: String, stepper: StepPresenter) -> ScriptOutcome {
        var outcome = ScriptOutcome()
        let (steps, closing) = script.steps()
        var index = 0
        while index < steps.count {
            let step = steps[index]
            switch stepper.present(step) {
            case .quit:
                outcome.quit = true
                return outcome
            case .skip:
                index += 1
            case .back:
                index = max(0, index - 1)
            case .run:
                let result = execute(step.query, at: .script(path: path, line: step.line))
                outcome.ran += 1
                if result == .quit { outcome.quit = true; return outcome }
                index += 1
            }
        }
        if !closing.isEmpty { stepper.close(closing) }
        return outcome
    }

    /// Ctrl-C stopped the script: the innermost script's line is the one named (a nested
    /// `.run` reports where inside it the user stopped).
    private func interrupted(_ outcome: ScriptOutcome, at here: String) -> ScriptOutcome {
        var outcome = outcome
        if interruptedAt == nil { interruptedAt = here }
        outcome.interruptedAt = interruptedAt
        return outcome
    }
}
