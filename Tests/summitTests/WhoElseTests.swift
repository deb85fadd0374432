import Foundation
import Testing

/// "Who else was there besides X": the people the question names are left out of the list, the
/// lead says so, and when no one is left the lead says that rather than showing an empty table.
@Suite(.serialized) struct WhoElseTests {
    static func names(_ d: [String: Any]) -> [String] {
        ((d["rows"] as? [[String: Any]]) ?? []).compactMap { $0["en"] as? String }
    }

    @Test(arguments: ["who else was there besides trump and ishiba", "who else attended apart from Ishiba and Trump?",
                      "besides Trump and Ishiba, who was there"])
    func theNamedPeopleAreLeftOutAndTheLeadSaysSo(question: String) throws {
        let all = Self.names(try EnglishAsk.json("who attended"))
        #expect(all.contains("Trump") && all.contains("Ishiba"), "\(all)")
        let d = try EnglishAsk.json(question)
        let others = Self.names(d)
        #expect(others == all.filter { $0 != "Trump" && $0 != "Ishiba" }, "\(others)")
        #expect(!others.isEmpty)
        let lead = d["lead"] as? String ?? ""
        #expect(lead.hasPrefix("Leaving out Trump and Ishiba") || lead.hasPrefix("Leaving out Ishiba and Trump"), "\(lead)")
        #expect(lead.contains("\(others.count) other people as attending"), "\(lead)")
    }

    @Test func whenNoOneIsLeftTheLeadSaysSo() throws {
        let all = Self.names(try EnglishAsk.json("who attended"))
        let d = try EnglishAsk.json("who else was there besides " + all.joined(separator: ", "))
        #expect(Self.names(d).isEmpty)
        #expect((d["lead"] as? String ?? "").hasSuffix("the record names no one else as attending."), "\(d)")
    }

    @Test func aMisspeltNameIsLeftOutAsThePersonMeant() throws {
        let d = try EnglishAsk.json("who else was there besides trmp")
        #expect(!Self.names(d).contains("Trump") && Self.names(d).contains("Ishiba"), "\(Self.names(d))")
        #expect((d["lead"] as? String ?? "").hasPrefix("Leaving out Trump,"), "\(d)")
        #expect((d["notes"] as? [String] ?? []).first == "read 'trmp' as 'Trump'", "\(d)")
    }

    @Test func someoneTheRecordDoesNotNameIsAOneLineError() throws {
        let r = try SummitProcess.run(["-e", "who else was there besides Zorblax"])
        #expect(r.status != 0)
        let errors = r.stderr.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errors.count == 1 && errors[0].contains("'Zorblax'") && errors[0].contains("try 'people'"), "\(r.stderr)")
        #expect(!r.stdout.contains("Iwaya"))
    }
}
