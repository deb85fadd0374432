import Testing
@testable import SummitKit
@Test func versionIsSet() { #expect(!SummitKitInfo.version.isEmpty) }
