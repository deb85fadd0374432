import ArgumentParser
import CSignals

FileHandleOutput.guardStandardDescriptors()
// SIGTERM/SIGHUP (and SIGINT until the prompt or a script catches it) remove a half-written file.
_ = summit_signals_install()

if let oneShot = OneShotFastPath.queries(CommandLine.arguments.dropFirst()) {
    exitProcess(OneShotFastPath.run(oneShot.lines, format: oneShot.format, keepGoing: oneShot.keepGoing))
}

// Usage errors exit with status 2 (like most Unix tools), not ArgumentParser's 64.
do {
    var command = try Summit.parseAsRoot()
    try command.run()
} catch {
    let code = Summit.exitCode(for: error)
    if code == .validationFailure {
        FileHandleOutput.error(Summit.fullMessage(for: error))
        exitProcess(2)
    }
    if let exit = error as? ExitCode { exitProcess(exit.rawValue) }
    // Help and version go to stdout, errors to stderr, through the same checked writes.
    let message = Summit.fullMessage(for: error)
    if code == .success {
        if !message.isEmpty { FileHandleOutput.write(message) }
    } else if !message.isEmpty {
        FileHandleOutput.error(message)
    }
    exitProcess(code.rawValue)
}
