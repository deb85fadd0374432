import Testing
@testable import SummitKit

@Suite struct UTCOffsetTests {
    @Test func readsAndWritesISOOffsets() {
        #expect(UTCOffset.minutes("+09:00") == 540)
        #expect(UTCOffset.minutes("-05:00") == -300)
        #expect(UTCOffset.minutes("+05:30") == 330)
        #expect(UTCOffset.minutes("local") == nil)
        #expect(UTCOffset.minutes("+9") == nil)
        #expect(UTCOffset.minutes("+09-00") == nil)
        #expect(UTCOffset.text(-300) == "-05:00")
        #expect(UTCOffset.text(0) == "+00:00")
        #expect([540, -300, 330, -570].allSatisfy { UTCOffset.minutes(UTCOffset.text($0)) == $0 })
    }
}
