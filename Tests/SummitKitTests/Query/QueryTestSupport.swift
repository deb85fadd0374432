@testable import SummitKit

/// Parses or fails the test with the rendered error, so a failing case shows what the user saw.
func parsed(_ line: String) -> Statement? {
    do { return try parseQuery(line) } catch { return nil }
}

func query(_ line: String) -> Query? { parsed(line)?.query }

/// The error a line produces, or nil when it parses.
func failure(_ line: String) -> QueryError? {
    do { _ = try parseQuery(line); return nil } catch { return error }
}
