import Foundation

/// One user's conversation with summit: the loaded records and their facts, the output
/// settings, and what has been asked. The REPL, `summit run` and `-e` all feed lines through
/// `execute`, so they behave alike.
public final class Session {
    public struct Options: Sendable {
        public var render: RenderOptions
        public var echo = false
        public var timer = false
        public var trace = false
        /// Script lines may write files (`summit run --allow-write`); typed lines always may.
        public var allowWrite = false
        /// False when the prompt's lines are piped in: those are a script too, not typing.
        public var typedInput = true
        /// What `~` expands to: $HOME, as the user's shell would.
        public var home: String? = ProcessInfo.processInfo.environment["HOME"]
        /// `.record` refuses larger files (`--max-record-mb`).
        public var maxRecordBytes = Record.defaultMaxBytes
        public init(render: RenderOptions) { self.render = render }
    }

    /// Where a line came from: errors from scripts name file:line:column.
    public enum Location: Sendable {
        case interactive
        case script(path: String, line: Int)
    }

    public private(set) var records: [Record]
    public private(set) var store: FactStore
    public var options: Options
    /// Lines that ran without error, for `.save`.
    public private(set) var succeeded: [String] = []
    /// Every line entered, for `.history` when no line editor keeps one.
    public private(set) var entered: [String] = []
    public var cancellation: Cancellation = .never
    /// The line editor's history, when there is one.
    public var editorHistory: (() -> [String])?
    /// Pauses before each query of a script (`summit run --step`); gets the query about to run.
    public var stepHook: ((String) -> Void)?
    /// Shows how a large `.record` load is going (on a terminal).
    public var loadProgress: (@Sendable (LoadProgress) -> Void)?
    /// Told the temporary file `.save` is writing (nil once it is gone), so a signal that ends
    /// the process can remove it; false when it cannot be remembered.
    public var pendingFile: (String?) -> Bool = { _ in true }
    /// Where Ctrl-C stopped the innermost running script; whoever reports it sets it back to nil.
    public var interruptedAt: String?

    let extractor: Extractor
    var engine: QueryEngine
    /// A word gloss for records with no English rendering (set by the executable when it has one).
    public var gloss: (@Sendable (String) -> String?)? {
        didSet { engine.gloss = gloss }
    }
    let write: (String) -> Void
    let writeError: (String) -> Void
    var runStack: [String] = []

    /// `watch` shows extraction progress for large records; its cancellation is not consulted
    /// here (Ctrl-C at start-up simply ends the process).
    public init(records: [Record], extractor: Extractor = Extractor(), options: Options,
                write: @escaping (String) -> Void, writeError: @escaping (String) -> Void, watch: LoadWatch = .none) {
        self.records = records
        self.extractor = extractor
        self.options = options
        self.write = write
        self.writeError = writeError
        let store = extractor.extract(records, watch: LoadWatch(progress: watch.progress))!
        self.store = store
        engine = QueryEngine(store: store, tables: extractor.tables)
    }

    /// Replaces the records; false (and nothing changed) when the watch cancelled extraction.
    func load(_ records: [Record], watch: LoadWatch) -> Bool {
        guard let store = extractor.extract(records, watch: watch) else { return false }
        self.records = records
        self.store = store
        engine = QueryEngine(store: store, tables: extractor.tables)
        engine.gloss = gloss
        return true
    }

    /// Runs one line (a query or a dot-command). Returns false when it failed.
    @discardableResult
    public func execute(_ rawLine: String, at location: Location = .interactive) -> LineStatus {
        let line = rawLine.trimmedOfSpaces()
        if line.isEmpty || line.hasPrefix("#") { return .ok }
        entered.append(line)
        if options.echo { write(visible(line)) }
        let result: LineStatus
        if line.hasPrefix(".") {
            result = dotCommand(line, at: location)
        } else {
            result = query(line, at: location)
        }
        if result == .ok, !line.hasPrefix(".save"), !line.hasPrefix(".history") { succeeded.append(line) }
        return result
    }

    /// How a line went: it ran, it failed (the error is printed), or it asked to leave.
    public enum LineStatus: Equatable, Sendable { case ok, failed, quit }

    func fail(_ message: String, at location: Location) -> LineStatus {
        switch location {
        case .interactive: writeError(printableMessage("error: " + message))
        case .script(let path, let n): writeError(printableMessage("\(shown(path)):\(n):1: error: " + message))
        }
        return .failed
    }

    func query(_ line: String, at location: Location) -> LineStatus {
        let clock = ContinuousClock()
        let started = clock.now
        let outcome: QueryEngine.Outcome
        do {
            outcome = try engine.answer(line, language: options.render.language, cancel: cancellation)
        } catch {
            switch error {
            case .query(let e): report(e, line: line, at: location)
            case .cancelled: writeError("query cancelled (Ctrl-C)")
            }
            return .failed
        }
        let answered = clock.now
        if options.trace {
            writeError("trace: tokens " + traceTokens(line).joined(separator: " "))
            writeError("trace: query " + String(describing: outcome.statement.query) + (outcome.statement.limit.map { " limit \($0)" } ?? ""))
            writeError("trace: plan\n" + outcome.plan.root.rendered(indent: 1))
        }
        var render = options.render
        if let f = outcome.statement.format { render.format = f }
        write(AnswerRenderer.render(outcome.answer, render))
        let done = clock.now
        if options.trace {
            writeError("trace: understand, plan and execute \(ms(answered - started)) ms, render \(ms(done - answered)) ms")
        }
        if options.timer { write("time: \(ms(done - started)) ms") }
        return .ok
    }


    /// Milliseconds with three decimals (`time: 0.412 ms`).
    func ms(_ elapsed: Duration) -> String {
        let (seconds, attoseconds) = elapsed.components
        let microseconds = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
        let fraction = String(microseconds % 1000)
        return "\(microseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    func report(_ error: QueryError, line: String, at location: Location) {
        switch location {
        case .interactive: writeError(error.rendered(input: line))
        case .script(let path, let n): writeError(printableMessage("\(shown(path)):\(n):\(error.column): \(error.description)"))
        }
    }
}
