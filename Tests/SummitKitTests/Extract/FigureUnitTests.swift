import Testing
@testable import SummitKit

/// Units that scale (割), fractions after durations, ranges, and counters news text uses.
@Suite struct FigureUnitTests {
    func figures(_ text: String) -> [FigureFact] { extract(text).figures }

    @Test func wariIsTenPercent() {
        let f = figures("負担は原則１割で、一部は２割、全体のおよそ４割にあたる。\n")
        #expect(f.map(\.value) == [10, 20, 40])
        #expect(f.map(\.unit) == ["percent", "percent", "percent"])
        #expect(f.map(\.qualifier) == [.exact, .exact, .about])
    }

    @Test func halfAfterADuration() {
        let f = figures("会談は３時間半にわたり、計画は１年半続いた。\n")
        #expect(f.map(\.value) == [3.5, 1.5])
        #expect(f.map(\.surface) == ["３時間半", "１年半"])
    }

    @Test func aRangeIsOneFigureAtItsMiddle() {
        let f = figures("費用は20兆円から24兆円に膨らむ見通しで、参加は30人〜40人とみられる。\n")
        #expect(f.map(\.value) == [22e12, 35])
        #expect(f.map(\.qualifier) == [.range, .range])
        #expect(f.map(\.surface) == ["20兆円から24兆円", "30人〜40人"])
    }

    /// A fall (from 30 to 20) is two figures, not a range.
    @Test func aFallIsNotARange() {
        #expect(figures("定員を30人から20人に減らす。\n").map(\.value) == [30, 20])
    }

    @Test func countersOfSeatsBedsDegreesAndThings() {
        let f = figures("与党は２５０議席中１４０議席を得た。病床を300床に増やし、北緯35度の海域で３つの課題に取り組む。\n")
        #expect(f.map(\.unit) == ["seats", "seats", "beds", "degrees", "count"])
        #expect(f.map(\.value) == [250, 140, 300, 35, 3])
    }

    /// 国の1つ is "one of the countries", not a count of one.
    @Test func oneOfIsNoFigure() {
        #expect(figures("日本は最も重要な国の1つだ。課題は1つだけだ。\n").map(\.value) == [1])
    }
}
