import Foundation
import Testing

/// The README's test command and `.ci/run` are one command: a package added to one (chromium
/// for the handout test) and not the other would leave CI or a reader's machine without it.
@Suite struct SetupCommandTests {
    @Test func readmeTestCommandIsExactlyCIRun() throws {
        let root = SummitProcess.packageRoot
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let ci = try String(contentsOf: root.appendingPathComponent(".ci/run"), encoding: .utf8)
        let readmeCommand = readme.split(separator: "\n").filter { $0.hasPrefix("dpkg -s") && $0.hasSuffix("swift test") }
        let ciCommand = ci.split(separator: "\n").filter { $0.hasPrefix("dpkg -s") }
        #expect(readmeCommand.count == 1 && ciCommand.count == 1)
        #expect(readmeCommand == ciCommand)
        #expect(ciCommand.first?.contains(" chromium") == true, "the handout test needs chromium installed")
    }
}
