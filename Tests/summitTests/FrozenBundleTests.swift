import Testing
import SummitKit
@testable import summit

/// The frozen store shipped in the binary (Sources/SummitFrozenStore/bundled.frozen) is what
/// extracting the bundled record gives now: when the tables or the extraction code change, this
/// fails until `swift run summit-freeze` writes it again (the binary meanwhile refuses it and
/// extracts, so answers stay right, only start-up is slower).
@Suite struct FrozenBundleTests {
    static let regenerate = "Sources/SummitFrozenStore/bundled.frozen is stale: run `swift run summit-freeze` in the package folder"

    @Test func theShippedBytesAreTodaysExtraction() throws {
        #expect(FrozenBundle.store.refusal(lexicon: .bundled) == nil, "\(Self.regenerate)")
        let fresh = try #require(FrozenStore.freeze(Extractor().extract([Record.bundled()])))
        // Compared as one Bool: a failure prints where the bytes part, not both arrays whole.
        let shipped = FrozenBundle.store.bytes
        let same = fresh == shipped
        let firstDifference = fresh.indices.first { $0 >= shipped.count || fresh[$0] != shipped[$0] } ?? fresh.count
        #expect(same, "\(Self.regenerate) (\(fresh.count) bytes now, \(shipped.count) shipped, first difference at byte \(firstDifference))")
    }

    @Test func theBundledRecordComesFromTheFrozenLayout() throws {
        let frozen = FrozenBundle.record()
        let segmented = Record.bundled()
        #expect(frozen.name == segmented.name && frozen.checksum == segmented.checksum)
        #expect(frozen.lineStarts == segmented.lineStarts && frozen.sentences == segmented.sentences)
        #expect(frozen.sections == segmented.sections && frozen.paragraphs == segmented.paragraphs)
        #expect(frozen.referenceDate == segmented.referenceDate)
    }
}
