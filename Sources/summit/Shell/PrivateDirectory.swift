#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import Glibc

/// Creates a directory and its missing parents with mode 0700, as the XDG spec asks for state
/// directories (history can hold anything the user typed).
///
/// Done with `mkdir(2)` rather than FileManager so a failure reports the plain errno text
/// ("No such file or directory") that a one-line warning needs.
enum PrivateDirectory {
    /// Nil on success (or if it already exists as a directory), else why not.
    static func create(_ directory: URL) -> String? {
        let path = directory.path
        var isDirectory = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return isDirectory ? nil : "\(path) is not a directory"
        }
        let parent = directory.deletingLastPathComponent()
        if parent.path != path, let problem = create(parent) { return problem }
        if mkdir(path, 0o700) == 0 || errno == EEXIST { return nil }
        return "cannot create \(path) (\(String(cString: strerror(errno))))"
    }
}
