import Foundation

/// The shell's dot-commands, after sqlite3's: settings, saving and replaying, help.
extension Session {
    public static let dotCommands: [(name: String, usage: String, help: String)] = [
        (".help", ".help [topic]", "show the query language, or one topic of it"),
        (".run", ".run FILE", "replay a script (paths inside it are relative to it)"),
        (".save", ".save FILE", "save this session's successful lines as a script (never overwrites)"),
        (".save!", ".save! FILE", "save, replacing FILE if it exists"),
        (".history", ".history", "list the lines entered so far"),
        (".format", ".format [table|json|csv|text|expanded]", "set or show the output format"),
        (".lang", ".lang [en|ja|both]", "show record text in English, Japanese or both (English first)"),
        (".record", ".record FILE", "load another record instead of the current one"),
        (".records", ".records", "list the loaded records"),
        (".echo", ".echo [on|off]", "print each line before running it"),
        (".timer", ".timer [on|off]", "print how long each query took"),
        (".trace", ".trace [on|off]", "print each query's tokens, parse, plan and timings"),
        (".quit", ".quit", "leave (also .exit or Ctrl-D)"),
        (".exit", ".exit", "leave"),
    ]

    /// Every dot-command that writes a file: a script may run these only when the user allowed
    /// it (`summit run --allow-write`), since a downloaded demo must not be able to replace
    /// ~/.bashrc. A new command that writes belongs here.
    public static let fileWritingCommands: Set<String> = [".save", ".save!"]

    func dotCommand(_ line: String, at location: Location) -> LineStatus {
        let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        let name = String(parts[0]).lowercased()
        let arg = parts.count > 1 ? String(parts[1]).trimmedOfSpaces() : ""
        if Self.fileWritingCommands.contains(name), !mayWriteFiles(at: location) {
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
        case ".echo", ".timer", ".trace":
            return toggle(name, arg, at: location)
        case ".history":
            let lines = editorHistory?() ?? entered
            write(lines.enumerated().map { String(format: "%5d  ", $0.offset + 1) + visible($0.element) }.joined(separator: "\n"))
            return .ok
        case ".records":
            write(recordsTable())
            return .ok
        case ".record":
            if arg.isEmpty { write(recordsTable()); return .ok }
            do {
                let watch = LoadWatch(cancel: cancellation, progress: loadProgress)
                let r = try Record.load(path: resolve(arg, at: location), tables: extractor.tables, maxBytes: options.maxRecordBytes, watch: watch)
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
            let outcome = runScript(path: resolve(arg, at: location), keepGoing: false)
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
            switch name { case ".echo": return options.echo; case ".timer": return options.timer; default: return options.trace }
        }
        if arg.isEmpty { write(current() ? "on" : "off"); return .ok }
        let value: Bool
        switch arg.lowercased() {
        case "on", "yes", "1", "true": value = true
        case "off", "no", "0", "false": value = false
        default: return fail("\(name) takes on or off, not '\(shown(arg, limit: 40))'", at: location)
        }
        switch name { case ".echo": options.echo = value; case ".timer": options.timer = value; default: options.trace = value }
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
            out += "         timeline, topics, mentions, count, source ID, explain; add 'limit N' or 'as table|json|csv|text'.\n\n"
            out += "Commands:\n"
            let width = Self.dotCommands.map { displayWidth($0.usage) }.max() ?? 0
            for c in Self.dotCommands where c.name != ".exit" {
                out += "  " + c.usage + String(repeating: " ", count: width - displayWidth(c.usage) + 2) + c.help + "\n"
            }
            out += "\nHelp topics (.help TOPIC): " + topics.map(\.topic).joined(separator: ", ")
            write(out)
            return .ok
        }
        let key = topic.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
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
