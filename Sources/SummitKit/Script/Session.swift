#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

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
        public var home: String? = ProcessEnvironment.current["HOME"]
        /// `.record` refuses larger files (`--max-record-mb`).
        public var maxRecordBytes = Record.defaultMaxBytes
        /// The bundled record's facts as extracted when the binary was built (the executable
        /// hands them in): a session on that record decodes them instead of extracting, when
        /// they were made from the same tables (see `FrozenStore`).
        public var frozenStore: FrozenStore?
        public init(render: RenderOptions) { self.render = render }
    }

    /// Where a line came from: errors from scripts name file:line:column, and lines piped to
    /// the shell name `<stdin>:line:column` the same way.
    public enum Location: Sendable {
        case interactive
        case script(path: String, line: Int)
        case input(line: Int)
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
    /// Walks scripts step by step (`summit run --step`): shows each query with its narration
    /// and says what to do with it.
    public weak var stepper: StepPresenter?
    /// Shows how a large `.record` load is going (on a terminal).
    public var loadProgress: (@Sendable (LoadProgress) -> Void)?
    /// Told the temporary file `.save` is writing (nil once it is gone), so a signal that ends
    /// the process can remove it; false when it cannot be remembered.
    public var pendingFile: (String?) -> Bool = { _ in true }
    /// Where Ctrl-C stopped the innermost running script; whoever reports it sets it back to nil.
    public var interruptedAt: String?

    /// Made at the first record that needs extracting: a session on the frozen bundled record
    /// never builds the extractor's rules.
    lazy var extractor = Extractor(tables: tables, lexicon: lexicon)
    let tables: ExtractionTables
    let lexicon: Lexicon
    /// The frozen store, unless the session was given an extractor of its own (whose tables
    /// the bytes were not made from).
    var frozen: FrozenStore? { ownExtractor ? nil : options.frozenStore }
    private let ownExtractor: Bool
    var engine: QueryEngine
    /// A word gloss for records with no English rendering (set by the executable when it has one).
    public var gloss: (@Sendable (String) -> String?)? {
        didSet { engine.gloss = gloss }
    }
    let write: (String) -> Void
    let writeError: (String) -> Void
    var runStack: [String] = []
    /// How many `.run` commands are running: their scripts' lines are not the session's own
    /// lines, so `.save` keeps the `.run` line instead.
    var dotRunDepth = 0
    /// The last question that was answered: what "he" and "and Ishiba?" lean on (FollowUp).
    var lastQuestion: Statement?
    /// Where answers go instead of standard output (`.output FILE`, `.once FILE`).
    var answerFile: AnswerFile?

    /// `watch` shows extraction progress for large records; its cancellation is not consulted
    /// here (Ctrl-C at start-up simply ends the process).
    /// Without an extractor, the bundled tables and lexicon (and `options.frozenStore` when the
    /// records are the one it was frozen from).
    public init(records: [Record], extractor: Extractor? = nil, options: Options,
                write: @escaping (String) -> Void, writeError: @escaping (String) -> Void, watch: LoadWatch = .none) {
        self.records = records
        tables = extractor?.tables ?? .bundled
        lexicon = extractor?.lexicon ?? .bundled
        ownExtractor = extractor != nil
        self.options = options
        self.write = write
        self.writeError = writeError
        var used: Extractor? = nil
        let store: FactStore
        if extractor == nil, let frozen = options.frozenStore?.store(for: records, lexicon: lexicon) {
            store = frozen
        } else {
            let e = extractor ?? Extractor(tables: tables, lexicon: lexicon)
            store = e.extract(records, watch: LoadWatch(progress: watch.progress))!
            used = e
        }
        self.store = store
        engine = QueryEngine(store: store, tables: tables)
        if let used { self.extractor = used }
    }

    /// Replaces the records; false (and nothing changed) when the watch cancelled extraction.
    /// The last question goes with the old records: "he" must not stand for someone of a report
    /// no longer loaded.
    func load(_ records: [Record], watch: LoadWatch) -> Bool {
        guard let store = frozen?.store(for: records, lexicon: lexicon) ?? extractor.extract(records, watch: watch) else { return false }
        self.records = records
        self.store = store
        lastQuestion = nil
        engine = QueryEngine(store: store, tables: tables)
        engine.gloss = gloss
        return true
    }

    /// Runs one line (a query or a dot-command). Returns false when it failed.
    @discardableResult
    public func execute(_ rawLine: String, at location: Location = .interactive) -> LineStatus {
        let line = rawLine.trimmedOfSpaces()
        if line.isEmpty || line.hasPrefix("#") { return .ok }
        entered.append(line)
        if options.echo { note(visible(line)) }
        let result: LineStatus
        if line.hasPrefix(".") {
            result = dotCommand(line, at: location)
        } else {
            result = query(line, at: location)
        }
        if result == .ok, dotRunDepth == 0, Self.savedInScripts(line) { succeeded.append(line) }
        return result
    }

    /// Lines `.save` leaves out: saving and listing say nothing about the record, and the
    /// timer's and tracer's output changes from run to run, so a saved script with them
    /// would never pass `--check`.
    static func savedInScripts(_ line: String) -> Bool {
        guard line.hasPrefix(".") else { return true }
        let name = line.prefix { !$0.isWhitespace }.lowercased()
        return ![".save", ".save!", ".history", ".timer", ".trace", ".show", ".output", ".output!", ".once", ".once!"].contains(name)
    }

    /// Lines about the session rather than answers (the echo, the timer): on standard output
    /// for a person reading a table, on the error stream when the answers are JSON or CSV, so a
    /// program reading them never sees a stray line.
    func note(_ text: String, format: OutputFormat? = nil) {
        switch format ?? options.render.format {
        case .json, .csv: writeError(text)
        default: write(text)
        }
    }

    /// What errors in piped lines name as their file.
    public static let inputName = "<stdin>"

    /// How a line went: it ran, it failed (the error is printed), or it asked to leave.
    public enum LineStatus: Equatable, Sendable { case ok, failed, quit }

    func fail(_ message: String, at location: Location) -> LineStatus {
        switch location {
        case .interactive: writeError(printableMessage("error: " + message))
        case .script(let path, let n): writeError(printableMessage("\(shown(path)):\(n):1: error: " + message))
        case .input(let n): writeError(printableMessage("\(Self.inputName):\(n):1: error: " + message))
        }
        return .failed
    }

    func query(_ typed: String, at location: Location) -> LineStatus {
        let clock = ContinuousClock()
        let started = clock.now
        var outcome: QueryEngine.Outcome
        var line = typed
        switch engine.followUp(typed, after: lastQuestion) {
        case .asTyped: break
        case .question(let whole): line = whole
        case .unresolved(let message): return fail(message, at: location)
        }
        do {
            outcome = try engine.answer(line, language: options.render.language, cancel: cancellation)
            if line != typed { outcome.answer.understoodAs = outcome.answer.understoodAs ?? outcome.statement.canonicalText }
            lastQuestion = outcome.statement
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
        if answerFile != nil {
            // A file is not a terminal: no color codes, and lines are not cut to the screen.
            render.color = false
            render.width = nil
        }
        if !emitAnswer(AnswerRenderer.render(outcome.answer, render), at: location) { return .failed }
        let done = clock.now
        if options.trace {
            writeError("trace: understand, plan and execute \(ms(answered - started)) ms, render \(ms(done - answered)) ms")
        }
        if options.timer { note("time: \(ms(done - started)) ms", format: render.format) }
        return .ok
    }


    func ms(_ d: Duration) -> String {
        let v = Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15
        return fixedDecimal(v, digits: 3)
    }

    func report(_ error: QueryError, line: String, at location: Location) {
        switch location {
        case .interactive: writeError(error.rendered(input: line))
        case .script(let path, let n): writeError(printableMessage("\(shown(path)):\(n):\(error.column): \(error.description)"))
        case .input(let n): writeError(printableMessage("\(Self.inputName):\(n):\(error.column): \(error.description)"))
        }
    }
}
