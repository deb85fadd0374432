import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SummitKit

/// `summit run SCRIPT --html FILE [--force] [--lang en|ja|both]`: the handout page instead of a replay.
extension RunCommand {
    func validateHandout() throws {
        if force && html == nil { throw ValidationError("--force only goes with --html FILE (it lets the handout replace FILE)") }
        guard let html else { return }
        if html.isEmpty { throw ValidationError("--html was given an empty file name; name the page to write, e.g. --html tour.html") }
        if check || rewrite || step { throw ValidationError("--html writes a handout; it does not go with --check, --rewrite or --step") }
        if files.count != 1 { throw ValidationError("--html makes one page from one script; name exactly one, e.g. summit run Scripts/tour.summit --html tour.html") }
    }

    /// Answers every query of the script, writes the page, and says what it wrote. A query that
    /// fails is shown in the page and named on stderr (exit 1); nothing is written after Ctrl-C.
    func writeHandout(_ path: String, records loaded: [Record]) throws {
        let session = records.session(loaded, options: Session.Options(render: RenderOptions(format: .table, color: false, width: nil, language: lang ?? .both)))
        session.attachToProcess(catchingInterrupts: true)
        let script = try ScriptFile(path: files[0])
        let title = URL(fileURLWithPath: files[0]).lastPathComponent
        let result = session.handout(of: script, title: title)
        if session.cancellation.isCancelled {
            FileHandleOutput.error("summit: interrupted (Ctrl-C); no handout was written")
            throw ExitCode(130)
        }
        for failure in result.failures { FileHandleOutput.error(failure) }
        guard session.writeHandout(result.html, to: path, force: force) else { throw ExitCode(1) }
        FileHandleOutput.write("wrote \(shown(path)): \(result.queries) quer\(result.queries == 1 ? "y" : "ies"), \(result.failures.count) failed")
        if !result.failures.isEmpty { throw ExitCode(1) }
    }
}
