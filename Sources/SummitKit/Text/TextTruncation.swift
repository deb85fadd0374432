/// Shortens `s` so it fits in `toWidth` terminal cells, ending with `ellipsis` when cut.
///
/// Cuts only between grapheme clusters, so an accent is never separated from its base and a
/// flag never loses half its pair. A wide character that would straddle the limit is dropped
/// whole, which can leave the result one cell short of `toWidth`; that is preferable to
/// overflowing. When even the ellipsis does not fit, the text is cut without one.
public func truncate(_ s: String, toWidth: Int, ellipsis: String = "…") -> String {
    guard toWidth > 0 else { return "" }
    if displayWidth(s) <= toWidth { return s }

    let ellipsisWidth = displayWidth(ellipsis)
    let marker = ellipsisWidth <= toWidth ? ellipsis : ""
    let budget = toWidth - (ellipsisWidth <= toWidth ? ellipsisWidth : 0)

    var result = ""
    var used = 0
    for character in s {
        let width = clusterWidth(character)
        if used + width > budget { break }
        result.append(character)
        used += width
    }
    return result + marker
}
