import Testing
import TextKeys

@Suite struct HashIndexTests {
    /// Well-mixed hashes: both halves differ between keys.
    static func h(_ n: UInt64) -> UInt64 { (n &+ 1) &* 0x9E37_79B9_7F4A_7C15 }

    @Test func entriesComeBackOncePerHashInEntryOrder() {
        var index = HashIndex(capacity: 6)
        for (n, entry) in [(7, 3), (2, 0), (7, 1), (7, 3), (UInt64.max - 1, 5), (0, 4)] as [(UInt64, Int)] {
            _ = index.insert(Self.h(n), entry) { $0 == entry }
        }
        #expect(index.entries(Self.h(7)) == [1, 3])
        #expect(index.entries(Self.h(2)) == [0])
        #expect(index.entries(Self.h(0)) == [4])
        #expect(index.entries(Self.h(UInt64.max - 1)) == [5])
        #expect(index.entries(Self.h(3)).isEmpty)
        #expect(HashIndex(capacity: 0).entries(7).isEmpty)
    }

    /// A slot keeps only the top half of a hash: a key can bring back an entry filed under
    /// another key with the same top half (when their probe runs meet), never one with another
    /// top half; this is why every caller checks the entries it gets.
    @Test func aKeyBringsBackOnlyEntriesWithItsTopHalf() {
        var index = HashIndex(capacity: 40)
        let shared = (0..<20).map { 0xAAAA_0000_0000_0000 | UInt64($0) }
        let other = (0..<20).map { 0xBBBB_0000_0000_0000 | UInt64($0) }
        for (i, h) in (shared + other).enumerated() { _ = index.insert(h, i) { _ in false } }
        for (i, h) in shared.enumerated() {
            let found = index.entries(h)
            #expect(found.contains(i))
            #expect(found.allSatisfy { $0 < shared.count })
        }
        for (i, h) in other.enumerated() {
            #expect(index.entries(h).contains(shared.count + i))
            #expect(index.entries(h).allSatisfy { $0 >= shared.count })
        }
    }

    /// Filled to its capacity, the table still finds every entry: probes wrap at the end.
    @Test func aFullTableFindsEveryEntry() {
        let n = 1000
        var index = HashIndex(capacity: n)
        for i in 0..<n { #expect(index.insert(Self.h(UInt64(i)), i) { _ in false }) }
        for i in 0..<n { #expect(index.entries(Self.h(UInt64(i))) == [i]) }
        #expect(index.entries(Self.h(UInt64(n))).isEmpty)
    }

    /// What keeps the first lexicon row of an id: an entry the check calls the same is refused,
    /// another under the same hash (a collision) is filed beside it.
    @Test func insertRefusesWhatTheCheckCallsTheSame() {
        let names = ["a", "b", "a", "c"]
        var index = HashIndex(capacity: names.count)
        let filed = names.indices.map { i in index.insert(42, i) { names[$0] == names[i] } }
        #expect(filed == [true, true, false, true])
        #expect(index.entries(42) == [0, 1, 3])
    }
}
