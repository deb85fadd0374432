#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// The shell's dot-commands, after sqlite3's: settings, saving and replaying, help.
extension Session {
    public static let dotCommands: [(name: String, usage: String, help: String)] = [
        (".help", ".help [topic]", "show the query language, or one topic of it"),
        (".run", ".run FILE", "replay a script (paths inside it are relative to it)"),
        (".read", ".read FILE", "the same as .run (sqlite3's name for it)"),
        (".save", ".save FILE", "save this session's successful lines as a script (never overwrites)"),
        (".save!", ".save! FILE", "save, replacing FILE if it exists"),
        (".output", ".output [FILE|stdout]", "send answers to FILE (never overwrites; .output! does), or back to the screen"),
        (".output!", ".output! FILE", "send answers to FILE, replacing it if it exists"),
        (".once", ".once FILE", "send the next answer only to FILE (.once! FILE replaces it)"),
        (".once!", ".once! FILE", "send the next answer to FILE, replacing it if it exists"),
        (".show", ".show", "list every setting and its value"),
        (".history", ".history", "list the lines entered so far"),
        (".format", ".format [table|json|csv|text|expanded]", "set or show the output format"),
        (".lang", ".lang [en|ja|both]", "show record text in English, Japanese or both (English first)"),
        (".record", ".record [FILE|bundled]", "load another record instead of the current one; no FILE: the bundled record"),
        (".records", ".records", "list the loaded records"),
        (".headers", ".headers [on|off]", "print the column titles of tables and CSV (default on)"),
        (".echo", ".echo [on|off]", "print each line before running it"),
        (".timer", ".timer [on|off]", "print how long each query took"),
        (".trace", ".trace [on|off]", "print each query's tokens, parse, plan and timings"),
        (".quit", ".quit", "leave (also .exit or Ctrl-D)"),
        (".exit", ".exit", "leave"),
    ]

    /// Every dot-command that writes a file: a script may run these only when the user allowed
    /// it (`summit run --allow-write`), since a downloaded demo must not be able to replace
    /// ~/.bashrc. A new command that writes belongs here.
    public static let fileWritingCommands: Set<String> = [".save", ".save!", ".output", ".output!", ".once", ".once!"]

    func dotCommand(_ line: String, at location: Location) -> LineStatus {
        let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        let name = String(parts[0]).lowercased()
        let arg = parts.count > 1 ? String(parts[1]).trimmedOfSpaces() : ""
        // `.output` alone or `.output stdout` writes nothing: back to the screen is always allowed.
        let writesFile = Self.fileWritingCommands.contains(name) && !(name.hasPrefix(".output") && (arg.isEmpty || arg == "stdout"))
        if writesFile, !mayWriteFiles(at: location) {
            let how = options.typedInput ? "summit run --allow-write" : "summit --allow-write (or summit run --allow-write for a script file)"
            return fail("\(name) writes a file, which \(options.typedInput ? "a script" : "piped input") may not do; allow it with \(how)", at: location)
        }
        switch name {
        case ".quit", ".exit":
            return .quit
        case ".help":
            return help(arg, at: location)
        case ".lang":
            if arg.isEmpty { write(options.render.language.rawValue); return .ok }
            guard let l = AnswerLanguage(rawValue: arg.lowercased()) else {
                return fail("unknown language '\(shown(arg, limit: 40))'; try en, ja or both", at: location)
            }
            options.render.language = l
            return .ok
        case ".format", ".mode":
            if arg.isEmpty { write(options.render.format.rawValue); return .ok }
            guard let f = OutputFormat(rawValue: arg.lowercased()) else {
                let near = Suggest.nearest(to: arg, among: OutputFormat.allCases.map(\.rawValue))
                return fail("unknown format '\(shown(arg, limit: 40))'" + (near.map { "; did you mean '\($0)'?" } ?? "; try table, json, csv or text"), at: location)
            }
            options.render.format = f
            return .ok
        case ".echo", ".timer", ".trace", ".headers":
            return toggle(name, arg, at: location)
        case ".history":
            let lines = editorHistory?() ?? entered
            write(lines.enumerated().map { String(repeating: " ", count: max(0, 5 - String($0.offset + 1).count)) + String($0.offset + 1) + "  " + visible($0.element) }.joined(separator: "\n"))
            return .ok
        case ".records":
            write(recordsTable())
            return .ok
        case ".show":
            write(settingsTable())
            return .ok
        case ".output", ".output!", ".once", ".once!":
            return redirectAnswers(name, arg, at: location)
        case ".record":
            do {
                let watch = LoadWatch(cancel: cancellation, progress: loadProgress)
                let r: Record
                if arg.isEmpty || arg.lowercased() == "bundled" {
                    r = frozen?.record() ?? Record.bundled(tables: tables)
                } else {
                    if let why = looksLikeScript(arg, at: location) { return fail(why, at: location) }
                    r = try Record.load(path: resolve(arg, at: location), tables: tables, maxBytes: options.maxRecordBytes, watch: watch)
                    if TextEncoding.japaneseScore(r.bytes) == 0 {
                        return fail("\(shown(arg)) has no Japanese text, so it is not a record (a script? run it with .run \(shown(arg))); still on \(records.map { shown($0.name) }.joined(separator: ", "))", at: location)
                    }
                }
                guard load([r], watch: watch) else { return cancelledLoad(r.name) }
                write("loaded \(shown(r.name)): \(r.lineCount) lines, \(store.quotes.count) quotes, \(store.figures.count) figures")
                return .ok
            } catch {
                let name = URL(fileURLWithPath: error.path).lastPathComponent
                if error.isCancellation { return cancelledLoad(name) }
                loadProgress?(LoadProgress(name: name, stage: .done, done: 0, total: 0))
                return fail(error.description, at: location)
            }
        case ".save", ".save!":
            guard !arg.isEmpty else { return fail("\(name) needs a file name; try \(name) demo.summit", at: location) }
            return save(to: resolve(arg, at: location), named: arg, overwrite: name == ".save!", at: location)
        case ".run", ".read":
            guard !arg.isEmpty else { return fail("\(name) needs a script; try .run Scripts/tour.summit", at: location) }
            dotRunDepth += 1
            let outcome = runScript(path: resolve(arg, at: location), keepGoing: false)
            dotRunDepth -= 1
            if let at = outcome.interruptedAt, case .interactive = location {
                writeError("interrupted at \(at) (Ctrl-C)")
                interruptedAt = nil
                return .failed
            }
            return outcome.quit ? .quit : (outcome.failures == 0 ? .ok : .failed)
        default:
            let near = Suggest.nearest(to: name, among: Self.dotCommands.map(\.name))
            return fail("unknown command '\(shown(name, limit: 40))'" + (near.map { "; did you mean '\($0)'?" } ?? "; try .help"), at: location)
        }
    }

    /// `.output FILE` / `.once FILE` and their `!` forms; `.output` alone or `.output stdout`
    /// sends answers back to the screen.
    func redirectAnswers(_ name: String, _ arg: String, at location: Location) -> LineStatus {
        let once = name.hasPrefix(".once")
        if arg.isEmpty || arg == "stdout" {
            if once { return fail("\(name) needs a file name; try \(name) answer.txt", at: location) }
            answerFile = nil
            return .ok
        }
        do {
            answerFile = try AnswerFile(arg, resolved: resolve(arg, at: location), home: options.home, once: once, overwrite: name.hasSuffix("!"))
        } catch {
            switch error {
            case .exists: return fail("\(shown(arg)) exists; use \(name)! \(shown(arg)) to replace it, or pick another name", at: location)
            case .refused(let why): return fail(why, at: location)
            }
        }
        return .ok
    }

    /// Writes an answer to the screen, or to the `.output`/`.once` file; false (and answers
    /// back on the screen) when the file cannot take it.
    func emitAnswer(_ text: String, at location: Location) -> Bool {
        guard let file = answerFile else { write(text); return true }
        if file.once { answerFile = nil }
        if let reason = file.append(text) {
            answerFile = nil
            _ = fail("cannot write to \(shown(file.name)): \(reason); answers go to the screen again", at: location)
            return false
        }
        return true
    }

    /// Every setting, one per line, as sqlite3's `.show` lists them.
    func settingsTable() -> String {
        let output = answerFile.map { shown($0.name) + ($0.once ? " (next answer only)" : "") } ?? "stdout"
        let rows: [(String, String)] = [
            ("format", options.render.format.rawValue),
            ("lang", options.render.language.rawValue),
            ("headers", options.render.headers ? "on" : "off"),
            ("echo", options.echo ? "on" : "off"),
            ("timer", options.timer ? "on" : "off"),
            ("trace", options.trace ? "on" : "off"),
            ("output", output),
            ("record", records.map { shown($0.name) }.joined(separator: ", ")),
        ]
        let width = rows.map { displayWidth($0.0) }.max() ?? 0
        return rows.map { String(repeating: " ", count: width - displayWidth($0.0)) + $0.0 + ": " + $0.1 }.joined(separator: "\n")
    }

    /// Why a `.record` argument is surely a script (a `.summit` file), or nil.
    func looksLikeScript(_ arg: String, at location: Location) -> String? {
        guard arg.lowercased().hasSuffix(".summit") else { return nil }
        return "\(shown(arg)) looks like a script, not a record; run it with .run \(shown(arg)) (still on \(records.map { shown($0.name) }.joined(separator: ", ")))"
    }

    /// Typed lines may write; script lines (and piped ones) only with `--allow-write`.
    func mayWriteFiles(at location: Location) -> Bool {
        if options.allowWrite { return true }
        if case .interactive = location { return options.typedInput }
        return false
    }

    /// A Ctrl-C during `.record`: the session keeps the records it had.
    func cancelledLoad(_ name: String) -> LineStatus {
        loadProgress?(LoadProgress(name: name, stage: .done, done: 0, total: 0))
        writeError(printableMessage("loading \(shown(name)) cancelled; still on " + records.map { shown($0.name) }.joined(separator: ", ")))
        return .failed
    }

    /// Relative paths in a script are relative to the script; typed ones to the working
    /// directory. `~` is $HOME (not the password database), as in the user's shell.
    func resolve(_ path: String, at location: Location) -> String {
        var p = path
        if p.count >= 2, p.hasPrefix("\""), p.hasSuffix("\"") { p = String(p.dropFirst().dropLast()) }
        if p == "~" || p.hasPrefix("~/"), let home = options.home, home.hasPrefix("/") { p = home + p.dropFirst() }
        if case .script(let script, _) = location, !p.hasPrefix("/"), !p.hasPrefix("~") {
            return URL(fileURLWithPath: script).deletingLastPathComponent().appendingPathComponent(p).path
        }
        return p
    }

    func toggle(_ name: String, _ arg: String, at location: Location) -> LineStatus {
        func current() -> Bool {
            switch name {
            case ".echo": return options.echo
            case ".timer": return options.timer
            case ".headers": return options.render.headers
            default: return options.trace
            }
        }
        if arg.isEmpty { write(current() ? "on" : "off"); return .ok }
        let value: Bool
        switch arg.lowercased() {
        case "on", "yes", "1", "true": value = true
        case "off", "no", "0", "false": value = false
        default: return fail("\(name) takes on or off, not '\(shown(arg, limit: 40))'", at: location)
        }
        switch name {
        case ".echo": options.echo = value
        case ".timer": options.timer = value
        case ".headers": options.render.headers = value
        default: options.trace = value
        }
        return .ok
    }

    func recordsTable() -> String {
        var t = TextTable(columns: [.init(title: "record"), .number("lines"), .init(title: "checksum"), .number("quotes"), .number("figures")],
                          rows: records.map { r in
                              let q = store.quotes.filter { $0.occurrences.contains { $0.provenance.record == r.name } }.count
                              let f = store.figures.filter { $0.provenance.record == r.name }.count
                              return [r.name, String(r.lineCount), r.checksum, String(q), String(f)]
                          })
        t.footer = nil
        return t.render(maxWidth: options.render.width, color: options.render.color)
    }

    func help(_ topic: String, at location: Location) -> LineStatus {
        let topics = QueryGrammar.helpTopics()
        if topic.isEmpty {
            var out = "Ask in English (or a little Japanese), one query per line, e.g.\n"
            out += "  who said LNG\n  what did Trump say about Alaska\n  figures in yen\n  explain quotes by Ishiba about tariffs\n\n"
            out += "Queries: who said, what did … say, quotes, figures, people, organizations, places, who attended,\n"
            out += "         timeline, topics, mentions, count, source ID|L<line>, explain; add 'limit N' or 'as table|json|csv|text'.\n\n"
            out += "Commands:\n"
            let width = Self.dotCommands.map { displayWidth($0.usage) }.max() ?? 0
            for c in Self.dotCommands where c.name != ".exit" {
                out += "  " + c.usage + String(repeating: " ", count: width - displayWidth(c.usage) + 2) + c.help + "\n"
            }
            out += "\nHelp topics (.help TOPIC): " + topics.map(\.topic).joined(separator: ", ")
            write(out)
            return .ok
        }
        var dots = Substring(topic.lowercased())
        while dots.first == "." { dots.removeFirst() }
        while dots.last == "." { dots.removeLast() }
        let key = String(dots)
        if let t = topics.first(where: { $0.topic.lowercased() == key }) { write(t.text); return .ok }
        if let c = Self.dotCommands.first(where: { $0.name == "." + key }) { write("\(c.usage)\n  \(c.help)"); return .ok }
        let near = Suggest.nearest(to: key, among: topics.map(\.topic) + Self.dotCommands.map { String($0.name.dropFirst()) })
        return fail("no help topic '\(shown(topic, limit: 40))'" + (near.map { "; did you mean '\($0)'?" } ?? "; try .help"), at: location)
    }

    /// Writes the session as a script, atomically and never over an existing file unless
    /// asked (see SafeSave for how the path is pinned down and what a signal leaves behind).
    func save(to path: String, named typed: String, overwrite: Bool, at location: Location) -> LineStatus {
        var text = ScriptHeader(records: records).line + "\n"
        for l in succeeded { text += l + "\n" }
        do {
            let target = try SafeSave.target(path, home: options.home)
            try SafeSave.write(Array(text.utf8), to: target, overwrite: overwrite, pending: pendingFile,
                               cancelled: { cancellation.isCancelled })
        } catch {
            switch error {
            case .exists: return fail("\(shown(typed)) exists; use .save! \(shown(typed)) to replace it, or pick another name", at: location)
            case .refused(let why): return fail(why, at: location)
            }
        }
        write("saved \(succeeded.count) line\(succeeded.count == 1 ? "" : "s") to \(shown(path))")
        return .ok
    }

}
