/// What a question shape asks of its answer beyond its rows (field 4 of a shape in
/// Grammar/questions.tsv): the rows alone would answer "who spoke first" with a list, and
/// "was there a deal on tariffs" with sentences, where a reader wants a sentence that answers.
public enum AnswerFocus: String, Sendable, CaseIterable {
    /// "who spoke first", "what happened first": the lead names the answer's first row, and says
    /// in what order the rows come (the record's order is not always the order things were said).
    case first
    /// "was there a deal on X": yes when the record reports an agreement about it; when it
    /// reports none, it says so plainly and gives no verdict (a report may simply not say).
    case agreed
    /// "how many attended": the lead says how many the answer's rows are and names them; the rows
    /// are the list itself, which a count alone would hide.
    case count
}
