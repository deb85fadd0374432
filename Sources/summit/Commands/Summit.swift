import ArgumentParser

/// The `summit` command: the shell by default, plus `run`, `facts`, `eval` and `bench`.
struct Summit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summit",
        abstract: "Ask questions about a summit record: who said what, the money, the timeline.",
        discussion: """
        With no subcommand, starts the interactive shell on the bundled record (NHK's report of the 7 February 2025 Japan–US summit). Type .help at the prompt.

        Examples:
          summit
          summit 'who said LNG'
          summit -e 'who said LNG' -e 'figures in yen'
          summit run --step Scripts/tour.summit
          summit run Scripts/tour.summit --echo
          summit facts --kind quote --format json
          summit gloss '大野外相は東京で経済協力を強化したいと述べた。'
          summit eval DIR --misses
        """,
        version: "0.1.0",
        subcommands: [ShellCommand.self, RunCommand.self, FactsCommand.self, EvalCommand.self, GlossCommand.self, BenchCommand.self],
        defaultSubcommand: ShellCommand.self
    )
}
