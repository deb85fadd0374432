import Foundation
import SummitKit

/// What the figures were measured on, so numbers from two machines are not compared blindly.
struct Machine: Sendable {
    let cores: Int
    let cpuModel: String
    let configuration: String

    /// Timings only mean something for an optimized build; a debug build is many times slower.
    static let configurationNote = "figures are only meaningful for a release build (swift build -c release)"

    static func current() -> Machine {
        Machine(cores: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), cpuModel: cpuModel(), configuration: buildConfiguration)
    }

    static var buildConfiguration: String {
        #if DEBUG
        return "debug"
        #else
        return "release"
        #endif
    }

    /// The first "model name" line of /proc/cpuinfo; "unknown" where there is none (e.g. some ARM kernels).
    static func cpuModel() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown" }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmedOfSpaces()
            }
        }
        return "unknown"
    }
}
