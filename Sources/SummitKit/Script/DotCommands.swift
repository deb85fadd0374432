import Foundation

/// The shell's dot-commands, after sqlite3's: settings, saving and replaying, help.
extension Session {
    public static let dotCommands: [(name: String, usage: String, help: String)] = [
        (".help", ".help [topic]", "show the query language, or one topic of it"),
        (".run", ".run FILE", "replay a script (paths inside it are relative to it)"),
        (".save", ".save FILE", "save this session's successful lines as a script (never overwrites)"),
        (".save!", ".save! FILE", "save, replacing FILE if it exists"),
        (".history", ".history", "list the lines entered so far"),
        (".format", ".format [table|json|csv|text]", "set or show the output format"),
        (".record", ".record FILE", "load another record instead of the current one"),
        (".records", ".records", "list the loaded records"),
        (".echo", ".echo [on|off]", "print each line before running it"),
        (".timer", ".timer [on|off]", "print how long each query took"),
        (".trace", ".trace [on|off]", "print each query's tokens, parse, plan and timings"),
        (".quit", ".quit", "leave (also .exit or Ctrl-D)"),
        (".exit", ".exit", "leave"),
    ]

    func dotCommand(_ line: String, at location: Location) -> Result {
        let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        let name = String(parts[0]).lowercased()
        let arg = parts.count > 1 ? String(parts[1]).trimmedOfSpaces() : ""
        switch name {
        case ".quit", ".exit":
            return .quit
        case ".help":
            return help(arg, at: location)
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
                let r = try Record.load(path: resolve(arg, at: location), tables: extractor.tables)
                load([r])
                write("loaded \(shown(r.name)): \(r.lineCount) lines, \(store.quotes.count) quotes, \(store.figures.count) figures")
                return .ok
            } catch {
                return fail(error.description, at: location)
            }
        case ".save", ".save!":
            guard !arg.isEmpty else { return fail("\(name) needs a file name; try \(name) demo.summit", at: location) }
            return save(to: resolve(arg, at: location), overwrite: name == ".save!", at: location)
        case ".run", ".read":
            guard !arg.isEmpty else { return fail("\(name) needs a script; try .run Scripts/tour.summit", at: location) }
            let outcome = runScript(path: resolve(arg, at: location), keepGoing: false)
            return outcome.quit ? .quit : (outcome.failures == 0 ? .ok : .failed)
        default:
            let near = Suggest.nearest(to: name, among: Self.dotCommands.map(\.name))
            return fail("unknown command '\(shown(name, limit: 40))'" + (near.map { "; did you mean '\($0)'?" } ?? "; try .help"), at: location)
        }
    }

    /// Relative paths in a script are relative to the script; typed ones to the working directory.
    func resolve(_ path: String, at location: Location) -> String {
        var p = path
        if p.count >= 2, p.hasPrefix("\""), p.hasSuffix("\"") { p = String(p.dropFirst().dropLast()) }
        if p.hasPrefix("~/") { p = NSHomeDirectory() + p.dropFirst() }
        if case .script(let script, _) = location, !p.hasPrefix("/") {
            return URL(fileURLWithPath: script).deletingLastPathComponent().appendingPathComponent(p).path
        }
        return p
    }

    func toggle(_ name: String, _ arg: String, at location: Location) -> Result {
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

    func help(_ topic: String, at location: Location) -> Result {
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

    /// Writes the session as a script: atomically (a temporary file renamed into place), so a
    /// failed write never leaves a half file, and never over an existing file unless asked.
    /// Only regular files are replaced: renaming over `/dev/full` or a FIFO would put a plain
    /// file where a device or pipe was (as root, that really happens).
    func save(to path: String, overwrite: Bool, at location: Location) -> Result {
        let shownPath = shown(path)
        var st = stat()
        if stat(path, &st) == 0 {   // follows links: a link to a directory or device counts as one
            let type = st.st_mode & S_IFMT
            if type == S_IFDIR { return fail("\(shownPath) is a directory; name a file inside it", at: location) }
            if !overwrite { return fail("\(shownPath) exists; use .save! \(shownPath) to replace it, or pick another name", at: location) }
            if type != S_IFREG {
                return fail("cannot save \(shownPath): not a regular file (a device, pipe or socket); nothing was written", at: location)
            }
        }
        var text = ScriptHeader(records: records).line + "\n"
        for l in succeeded { text += l + "\n" }
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        if let err = Self.writeFile(temp.path, Array(text.utf8)) {
            unlink(temp.path)
            return fail("cannot save \(shownPath): \(err); nothing was written", at: location)
        }
        // rename(2) replaces the old file in one step: readers see the old or the new, never half.
        if rename(temp.path, url.path) != 0 {
            let err = Self.describe(errno)
            unlink(temp.path)
            return fail("cannot save \(shownPath): \(err); nothing was written", at: location)
        }
        write("saved \(succeeded.count) line\(succeeded.count == 1 ? "" : "s") to \(shownPath)")
        return .ok
    }

    /// Creates (or truncates) `path` and writes all of `bytes`, flushed to disk; the system's
    /// reason on failure ("no space left on device", "permission denied", …).
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> String? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        if fd < 0 { return describe(errno) }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = describe(errno)
                    return
                }
                offset += n
            }
        }
        // A full disk may only show up when the data is flushed or the file closed.
        if failure == nil, fsync(fd) != 0, errno != EINVAL { failure = describe(errno) }
        if close(fd) != 0, failure == nil { failure = describe(errno) }
        return failure
    }

    static func describe(_ code: Int32) -> String {
        String(validatingCString: strerror(code))?.lowercased() ?? "error \(code)"
    }
}
