import ClipBenchCore

/// Builds one standalone HTML page: inline CSS, no scripts, no fonts or images from anywhere.
///
/// Pages are right to left and Arabic (`dir="rtl" lang="ar"`); Latin labels inside them are
/// isolated with `dir="ltr"` where they are written. Both `clipbench show --format html` and the
/// score report use it, so they share one look.
///
/// ```swift
/// let page = HTMLPage(title: "محادثات", style: HTMLPage.baseStyle, body: "<p>…</p>")
/// page.rendered   // "<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">…"
/// ```
public struct HTMLPage: Sendable {
    /// Plain text; escaped when written.
    public var title: String
    /// CSS, written inside one `<style>` element.
    public var style: String
    /// Markup, written as is: escape every text in it with ``HTMLEscaping``.
    public var body: String

    public init(title: String, style: String, body: String) {
        self.title = title
        self.style = style
        self.body = body
    }

    /// The complete document.
    public var rendered: String {
        """
        <!DOCTYPE html>
        <html dir="rtl" lang="ar">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="\(ToolInfo.name) \(ToolInfo.version)">
        <title>\(HTMLEscaping.escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// The look every ClipBench page shares: fonts already on the reader's system, colours for
    /// regions, entity types, dates and verdicts, the legend and the tables.
    public static let baseStyle = """
        :root { --per: #ffc9c9; --org: #c5dcff; --loc: #c8f0c0; --misc: #fbe7a1; --date: #c2410c;
          --kept: #e3f5e3; --missed: #ffd0d0; --extra: #fff0a8; --ink: #1f2328; --muted: #6e7781; }
        *, *::before, *::after { box-sizing: border-box; }
        body { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", "Arial", sans-serif;
          color: var(--ink); background: #fff; margin: 1.5rem auto; max-width: 62rem; padding: 0 1rem;
          line-height: 1.9; }
        h1 { font-size: 1.45rem; line-height: 1.5; margin: 0 0 .4rem; }
        h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #d0d7de; }
        h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
        .ltr { direction: ltr; unicode-bidi: isolate; }
        .meta { color: var(--muted); font-size: .9rem; }
        .legend { display: flex; flex-wrap: wrap; gap: .35rem .6rem; align-items: center; font-size: .85rem;
          border: 1px solid #d0d7de; border-radius: 6px; padding: .4rem .7rem; margin: .8rem 0 1rem; }
        .legend b { font-weight: 600; margin-inline-start: .4rem; }
        .chip { padding: 0 .35rem; border-radius: 3px; unicode-bidi: isolate; }
        .clip { font-size: 1.05rem; }
        .line { white-space: pre-wrap; overflow-wrap: anywhere; min-height: 1.9em; text-align: start; }
        .r-headline { font-weight: 700; }
        .r-metadata { color: #0a5e8a; }
        .r-boilerplate { color: #8c959f; background: #f3f4f6; }
        .r-tag { direction: ltr; unicode-bidi: isolate; font-size: .62rem; color: #57606a; background: #eaeef2;
          border-radius: 3px; padding: 0 .25rem; margin-inline-end: .3rem; vertical-align: super;
          font-family: "DejaVu Sans Mono", monospace; font-weight: 400; line-height: 1; }
        mark.e { color: inherit; border-radius: 3px; padding: 0 1px; }
        mark.e .e { outline: 1px solid #0006; }
        mark.cut-start { border-start-start-radius: 0; border-end-start-radius: 0; }
        mark.cut-end { border-start-end-radius: 0; border-end-end-radius: 0; }
        .e-PER { background: var(--per); } .e-ORG { background: var(--org); }
        .e-LOC { background: var(--loc); } .e-MISC { background: var(--misc); }
        .d { text-decoration: underline 2px var(--date); text-underline-offset: .3em; }
        .d-null { text-decoration-style: dashed; }
        table { border-collapse: collapse; font-size: .9rem; margin: .4rem 0; }
        th, td { border: 1px solid #d0d7de; padding: .15rem .55rem; text-align: start; }
        td.num { direction: ltr; text-align: end; font-variant-numeric: tabular-nums; }
        .kept { background: var(--kept); } .missed { background: var(--missed); text-decoration: line-through #b4232388; }
        .extra { background: var(--extra); }
        .ok { color: #1a7f37; } .bad { color: #b42323; } .miss { color: #9a6700; }
        .na { color: var(--muted); font-style: italic; }
        """
}
