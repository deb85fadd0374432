import Foundation

/// Drives a command in a private tmux server, the way a person at a terminal would: keys in,
/// screen text out. End-to-end tests of the shell use it to check what libedit really draws.
///
/// Every session gets its own server (a unique `-L` socket name), so tests can run in parallel
/// and never touch a user's tmux. The server starts with `-f /dev/null` (no user config), `-u`
/// and `LANG=C.UTF-8` so Japanese is passed through and measured as two columns.
struct TmuxSession {
    let socket: String
    /// The socket file, removed by `kill()` (tmux leaves it behind).
    private(set) var socketPath: String?
    let sessionName = "t"
    private let tmux: URL

    /// The tmux executable, or nil when it is not installed (tests then skip).
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("tmux") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static var isAvailable: Bool { executable != nil }

    /// Starts `command` (run by the shell) in a `width`×`height` window; nil when tmux is missing
    /// or refuses to start.
    /// - Parameter environment: variables for the command only (passed with `new-session -e`).
    /// - Parameter prefix: starts the server's socket name, so a suite's servers can be told apart.
    init?(command: String, environment: [String: String] = [:], width: Int = 100, height: Int = 25,
          prefix: String = "summit-test") {
        guard let tmux = Self.executable else { return nil }
        self.tmux = tmux
        socket = "\(prefix)-\(getpid())-\(UUID().uuidString.prefix(8))"
        var arguments = ["-f", "/dev/null", "new-session", "-d", "-s", sessionName,
                         "-x", String(width), "-y", String(height)]
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(name)=\(value)"]
        }
        arguments.append(command)
        guard run(arguments) != nil else { return nil }
        socketPath = run(["display-message", "-p", "#{socket_path}"], captureOutput: true)?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends key groups in order, one tmux call per group: `send(keys: "wh", "Tab")`. Key names
    /// (`Enter`, `Tab`, `C-c`, `Up`, `BSpace`) are interpreted by tmux; other text is typed.
    /// One call per group matters: a Ctrl-C delivered in the same batch as text makes the
    /// terminal flush the text before the program has read it.
    func send(keys groups: String...) {
        for group in groups {
            _ = run(["send-keys", "-t", sessionName, group])
        }
    }

    /// Types text literally, even if it looks like a key name.
    func type(_ text: String) {
        _ = run(["send-keys", "-t", sessionName, "-l", text])
    }

    /// The visible screen, one line per row, trailing blanks trimmed by tmux.
    func screen() -> String {
        run(["capture-pane", "-p", "-t", sessionName], captureOutput: true) ?? ""
    }

    /// The cursor position, zero-based (columns count double-width characters as two).
    func cursor() -> (x: Int, y: Int)? {
        let text = run(["display-message", "-p", "-t", sessionName, "#{cursor_x} #{cursor_y}"], captureOutput: true) ?? ""
        let parts = text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : nil
    }

    /// Polls the screen until it contains `text`; false after `timeout`.
    func waitFor(_ text: String, timeout: Duration = .seconds(10)) -> Bool {
        waitUntil(timeout: timeout) { $0.contains(text) }
    }

    /// Polls the screen until `condition` holds; false after `timeout`.
    func waitUntil(timeout: Duration = .seconds(10), _ condition: (String) -> Bool) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            if condition(screen()) { return true }
            if clock.now >= deadline { return false }
            usleep(50_000)
        }
    }

    /// Stops the private server and everything running in it.
    func kill() {
        _ = run(["kill-server"])
        if let socketPath { unlink(socketPath) }
    }

    /// Runs tmux on this session's socket; its standard output, or nil if it failed.
    @discardableResult
    private func run(_ arguments: [String], captureOutput: Bool = false) -> String? {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")  // also works when the tests run inside tmux
        let result = CleanSpawn.run(
            tmux, ["-u", "-L", socket] + arguments, environment: environment,
            captureOutput: captureOutput)
        guard let result, result.status == 0 else { return nil }
        return result.output
    }
}
