import Foundation
import Glibc

/// Runs a program with an empty signal mask and waits for it.
///
/// Foundation's `Process` spawns from the calling thread, and test code runs on libdispatch
/// worker threads, which block nearly every signal; the child inherits that mask. A tmux server
/// started that way passes it on to the shell under test, so Ctrl-C (SIGINT) and tmux's
/// `kill-server` (SIGHUP) never arrive. `posix_spawn` with `POSIX_SPAWN_SETSIGMASK` gives the
/// child the clean mask a real terminal session would have.
enum CleanSpawn {
    struct Result {
        var status: Int32
        var output: String
    }

    /// - Parameter captureOutput: read the program's standard output; leave false for programs
    ///   that leave a daemon behind (tmux new-session), which would hold the pipe open forever.
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String],
                    captureOutput: Bool) -> Result? {
        var pipeEnds: [Int32] = [-1, -1]
        if captureOutput && pipe(&pipeEnds) != 0 { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        let pid = spawn(executable, arguments, environment: environment.map { "\($0.key)=\($0.value)" }, actions: &actions)
        if captureOutput { close(pipeEnds[1]) }
        guard let pid else {
            if captureOutput { close(pipeEnds[0]) }
            return nil
        }
        var output = ""
        if captureOutput {
            output = String(decoding: FileHandle(fileDescriptor: pipeEnds[0], closeOnDealloc: true)
                .readDataToEndOfFile(), as: UTF8.self)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exitCode, output: output)
    }

    /// Starts `executable` with an empty signal mask, its descriptors set up by `actions` and
    /// only `environment` (`NAME=value` strings); its pid, or nil when it could not start.
    static func spawn(_ executable: URL, _ arguments: [String], environment: [String],
                      actions: inout posix_spawn_file_actions_t) -> pid_t? {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        return posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp) == 0 ? pid : nil
    }
}
