import ArgumentParser

if let oneShot = OneShotFastPath.queries(CommandLine.arguments.dropFirst()) {
    exitProcess(OneShotFastPath.run(oneShot.lines, format: oneShot.format))
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
    Summit.exit(withError: error)
}
