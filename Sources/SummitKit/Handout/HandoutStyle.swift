/// The handout's whole style sheet, inlined in the page: system fonts only (nothing fetched),
/// a readable measure on screen, and an A4 page when printed, with links shown as plain text
/// and no table row or timeline split across pages.
enum HandoutStyle {
    static let css = """
    :root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4d9; --accent: #0b57d0; --mark: #ffe58a; }
    * { box-sizing: border-box; }
    html { font-size: 15px; }
    body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 4rem; color: var(--ink); background: #fff;
      font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif;
      line-height: 1.55; }
    :lang(ja) { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif; }
    h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
    h2 { font-size: 1.3rem; margin: 2.5rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
    h3 { font-size: 1rem; margin: 1.2rem 0 .5rem; color: var(--muted); }
    .meta { color: var(--muted); margin: 0 0 1.5rem; }
    a { color: var(--accent); }
    code, pre { font-family: ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono", Menlo, Consolas, monospace; font-size: .92em; }
    p.narration { margin: 1.2rem 0 .5rem; max-width: 46rem; }
    .step { margin: 0 0 1.4rem; }
    .query { margin: .6rem 0 .4rem; padding: .35rem .6rem; background: #f1f3f4; border-left: 4px solid var(--accent); }
    .query .prompt { color: var(--muted); margin-right: .4rem; }
    .query .where { float: right; color: var(--muted); font-size: .8rem; }
    .understood, .footer, .note, .cites { color: var(--muted); font-size: .88rem; margin: .3rem 0; }
    .lead { font-weight: 600; margin: .4rem 0; }
    .error { color: #b3261e; font-weight: 600; }
    table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .3rem 0; }
    th, td { border-top: 1px solid var(--rule); padding: .3rem .5rem; text-align: left; vertical-align: top; }
    tbody tr:last-child td { border-bottom: 1px solid var(--rule); }
    tr.cont td { border-top: none; padding-top: 0; }
    th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    pre.document { white-space: pre-wrap; overflow-wrap: anywhere; background: #f8f9fa; padding: .6rem .8rem; border: 1px solid var(--rule); font-size: .85rem; }
    mark { background: var(--mark); color: inherit; padding: 0 .1em; }
    svg.timeline { max-width: 100%; height: auto; display: block; margin: .5rem 0; }
    svg.timeline text { font-family: system-ui, "Noto Sans", "Noto Sans CJK JP", sans-serif; font-size: 13px; fill: var(--ink); }
    svg.timeline text.zone { font-weight: 700; }
    svg.timeline text.offset, svg.timeline text.gap { fill: var(--muted); font-size: 11px; }
    svg.timeline text.clock { font-variant-numeric: tabular-nums; }
    svg.timeline a text.event { fill: var(--accent); }
    svg.timeline .axis { stroke: var(--rule); stroke-width: 3; }
    svg.timeline .dot { fill: var(--accent); }
    svg.timeline .dot.inferred { fill: #fff; stroke: var(--accent); stroke-width: 2; }
    ol.record { list-style: none; padding: 0; margin: 0; }
    ol.record li { display: flex; gap: .8rem; padding: .45rem 0; border-bottom: 1px solid var(--rule); }
    ol.record li:target { background: #eef3fd; }
    ol.record .ln { flex: 0 0 3rem; text-align: right; color: var(--muted); font-variant-numeric: tabular-nums; }
    ol.record .text p { margin: 0; }
    ol.record .text p.en { color: var(--muted); font-size: .9rem; margin-top: .15rem; }
    @page { size: A4; margin: 16mm 14mm 18mm; }
    @media print {
      html { font-size: 10.5pt; }
      body { max-width: none; padding: 0; }
      a { color: inherit; text-decoration: none; }
      .query { background: none; border-left-width: 3px; }
      h2 { break-after: avoid; }
      .query, p.narration { break-after: avoid; }
      tr, ol.record li, svg.timeline { break-inside: avoid; }
      thead { display: table-header-group; }
      mark { background: none; font-weight: 700; text-decoration: underline; }
      ol.record li:target { background: none; }
    }
    """
}
