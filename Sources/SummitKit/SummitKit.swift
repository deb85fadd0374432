/// SummitKit: record → extract → store; query → plan → execute → render.
public enum SummitKitInfo { public static let version = "0.1.0" }
