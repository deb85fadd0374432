import Testing
@testable import SummitKit

/// The event each time times, on sentences of our own (none from the bundled record or the real reports).
@Suite struct EventRuleTests {
    func events(_ sentence: String) -> [String] {
        extract("見出し\n\n" + sentence + "\n").times.map { t in
            guard let e = t.event else { return "\(t.surface): -" }
            return "\(t.surface): \(e.label)"
        }
    }

    @Test func theFirstEventAfterTheTimeEvenFarFromIt() {
        #expect(events("大統領は9日午前11時ごろ、首都の南にある古い宮殿の正面玄関で首相を出迎えました。")
                == ["9日午前11時ごろ: welcome"])
        #expect(events("両首脳は10日、港を見下ろす迎賓館で2回目の首脳会談を行いました。") == ["10日: summit talks"])
    }

    @Test func aTimeWithNoEvent() {
        #expect(events("石破総理大臣は7日、地元の支援者らと記念写真に納まりました。") == ["7日: -"])
        // Inside a quote, the quote's words only: the talks after it are not what きょう times.
        #expect(events("トランプ大統領は「きょうは寒い日だ」と述べ、会談に臨みました。") == ["きょう: -"])
        // A quote after the time is what was said, and と説明 is how: no event either.
        #expect(events("大統領は10日、「会談はすばらしかった」と説明しました。") == ["10日: -"])
    }

    @Test func twoTimesTwoEvents() {
        #expect(events("両首脳は8日午前10時に空港に到着し、午後1時から昼食会に臨みました。")
                == ["8日午前10時: arrival", "午後1時から: lunch (start)"])
    }

    @Test func arrivingAndBeingMetAsNewsWritesThem() {
        // 着く after に is arriving; being met (迎えられ, 迎え入れ) is a welcome, as 出迎え is.
        #expect(events("外相は4日午後6時すぎ、港町の空港に着きました。") == ["4日午後6時すぎ: arrival"])
        #expect(events("首相は5日朝、首都の駅に着いたあと、視察に向かいました。") == ["5日朝: arrival"])
        #expect(events("首相は6日午後1時ごろ、宮殿で国王に迎えられました。") == ["6日午後1時ごろ: welcome"])
        #expect(events("大統領は7日午前、首相を官邸に迎え入れました。") == ["7日午前: welcome"])
        // 着 alone (着用, 落ち着いた) is no arrival.
        #expect(events("首相は8日、落ち着いた様子で記者団の質問に答えました。") == ["8日: -"])
    }

    @Test func aTopicBeforeTheTimesTimesBoth() {
        #expect(events("会談は9日午後2時に始まり、午後4時に終わりました。")
                == ["9日午後2時: talks (start)", "午後4時: talks (end)"])
        // A word before the time that is not the topic is not its event (the report of the talks, on the 9th).
        #expect(events("国営メディアは会談の内容を9日伝えました。") == ["9日: -"])
    }

    @Test func bothZonesTimeOneEvent() {
        let e = events("共同記者会見は現地時間の9日午後3時から、日本時間の10日午前5時から行われました。")
        #expect(e == ["現地時間の9日午後3時から: joint press conference (start)", "日本時間の10日午前5時から: joint press conference (start)"])
        #expect(events("首相は5日午後8時、日本時間の6日午前9時、宮殿での晩さん会に出席しました。")
                == ["5日午後8時: state dinner", "日本時間の6日午前9時: state dinner"])
    }

    @Test func aReferenceEventIsNotTheEvent() {
        #expect(events("高官は9日午前、首脳会談に先立って記者団に説明しました。") == ["9日午前: briefing"])
        #expect(events("首相は11日、夕食会のあと記者会見に臨みました。") == ["11日: press conference (start)"])
    }

    @Test func plansAndTheLongestWord() {
        #expect(events("首相は来週、新しい方針を発表する予定です。") == ["来週: announcement (plan)"])
        #expect(events("両首脳は12日、共同記者会見を開きました。") == ["12日: joint press conference"])
    }
}
