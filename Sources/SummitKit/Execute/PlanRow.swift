/// One row on its way through a plan: a reference to a fact (or sentence, or section), with a
/// currency conversion when the plan converted it.
public enum PlanRow: Sendable {
    case quote(Int)
    case figure(Int, Conversion?)
    case time(Int)
    case entity(Int)
    case ordinal(Int)
    case sentence(SentenceRef)
    case section(record: Int, index: Int)
    case group(key: String, label: String, items: [PlanRow])

    public struct Conversion: Sendable {
        public let unit: String
        public let value: Double
        /// The rate as the record states it (1 from = rate to), whichever way it was applied.
        public let rate: ExchangeRate
    }
}

public struct QueryCancelled: Error, Sendable {}
