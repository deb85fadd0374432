import ArgumentParser

/// Placeholder replaced below.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Measure start-up, extraction and query speed.")
    func run() throws {}
}
