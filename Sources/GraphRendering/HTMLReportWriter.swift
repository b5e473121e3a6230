import EventGraph

/// Writes the story as one self-contained HTML file: the diagram (inline SVG), the timeline,
/// each event's evidence sentence and article, and filters by actor and event type.
///
/// Offline by construction: no external script, style, font or image, and a
/// Content-Security-Policy of `default-src 'none'` so the browser refuses any request the
/// page might still try. Every text is HTML-escaped; the order is the graph's (events
/// chronological, actors and types sorted), so the same input gives the same file. Opening
/// the file with `#selftest` runs in-page checks (diagram and timeline visible, a click shows
/// evidence, no script error) and writes the result into `#selftest-result`, which is what
/// the headless-browser test reads.
public struct HTMLReportWriter: Sendable {
    /// The page title and heading.
    public var title: String

    public init(title: String = "EventGraph report") {
        self.title = title
    }

    /// The HTML page for `graph`, with `diagramSVG` (Graphviz's SVG output) inlined.
    public func write(_ graph: EventGraph, diagramSVG: String) -> String {
        let names = ActorNames(graph.actors)
        let provenance = Provenance(graph)
        let paths = Dictionary(graph.documents.map { ($0.id, $0.path) },
                               uniquingKeysWith: { first, _ in first })
        var html = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>" + XMLText.escape(title) + "</title>",
            "<style>" + HTMLReportAssets.style + "</style>",
            "</head>",
            "<body>",
            "<header><h1>" + XMLText.escape(title) + "</h1>",
        ]
        html.append("<ul class=\"documents\">" + graph.documents.map { document in
            "<li>" + XMLText.escape(document.title ?? document.id) + " <span class=\"muted\">"
                + XMLText.escape(document.dct) + " · " + XMLText.escape(document.path ?? "")
                + "</span></li>"
        }.joined() + "</ul></header>")
        html.append(filters(graph, names: names))
        html.append("<main>")
        html.append("<section id=\"diagram\" aria-label=\"Actor diagram\">"
                    + Self.inlineSVG(diagramSVG) + "</section>")
        html.append("<section id=\"timeline\" aria-label=\"Timeline\"><h2>Timeline</h2><ol>")
        for event in graph.events {
            html.append(item(event, names: names, provenance: provenance,
                             path: paths[event.document] ?? nil))
        }
        html.append("</ol></section>")
        html.append("<aside id=\"evidence-panel\" aria-live=\"polite\"><h2>Evidence</h2>"
                    + "<div id=\"evidence-body\" class=\"muted\">Click an event to see the "
                    + "sentence it was read from.</div></aside>")
        html.append("</main>")
        html.append("<pre id=\"selftest-result\" hidden></pre>")
        html.append("<script>" + HTMLReportAssets.script + "</script>")
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    /// Actor and type selectors, listing only actors taking part in some event.
    private func filters(_ graph: EventGraph, names: ActorNames) -> String {
        var involved = Set<ActorID>()
        var types = Set<EventType>()
        for event in graph.events {
            involved.formUnion(Self.participants(event))
            types.insert(event.type)
        }
        let actors = involved.map { ($0, names[$0]) }.sorted { lhs, rhs in
            lhs.1 != rhs.1 ? byteOrder(lhs.1, rhs.1) : byteOrder(lhs.0.rawValue, rhs.0.rawValue)
        }
        var text = "<nav id=\"filters\"><label>Actor <select id=\"actor-filter\">"
            + "<option value=\"\">all actors</option>"
        for (id, name) in actors {
            text += "<option value=\"" + XMLText.escape(id.rawValue) + "\">"
                + XMLText.escape(name) + "</option>"
        }
        text += "</select></label> <label>Type <select id=\"type-filter\">"
            + "<option value=\"\">all types</option>"
        for type in EventType.allCases where types.contains(type) {
            text += "<option>" + type.rawValue + "</option>"
        }
        return text + "</select></label> <span id=\"shown-count\" class=\"muted\"></span></nav>"
    }

    /// One timeline entry; its evidence sits in a hidden block the script copies to the panel.
    private func item(_ event: Event, names: ActorNames, provenance: Provenance,
                      path: String?) -> String {
        let actors = Self.participants(event).map(\.rawValue).joined(separator: " ")
        let marker = TimelineFormatter.certaintyMarker(event, names: names)
        var text = "<li class=\"event\" tabindex=\"0\" id=\"event-"
            + TimelineFormatter.slug(event.id.rawValue) + "\" data-actors=\""
            + XMLText.escape(actors) + "\" data-type=\"" + event.type.rawValue + "\">"
            + "<time>" + XMLText.escape(TimexDisplay.text(for: event.date)) + "</time> "
            + "<span class=\"type q-" + event.quadClass.rawValue + "\">" + event.type.rawValue
            + "</span> <span class=\"summary\">"
            + XMLText.escape(TimelineFormatter.singleLine(event.summary)) + "</span>"
        if !marker.isEmpty {
            text += " <span class=\"marker\">" + XMLText.escape(marker) + "</span>"
        }
        text += "<div class=\"evidence\" hidden><blockquote>"
            + XMLText.escape(TimelineFormatter.singleLine(event.evidence)) + "</blockquote>"
            + "<p class=\"source\">" + XMLText.escape(provenance.article(of: event))
            + (path.map { " (" + XMLText.escape($0) + ")" } ?? "")
            + ", sentence \(event.sentence + 1), characters \(event.start)–\(event.end)"
            + "</p><p class=\"muted\">" + XMLText.escape(event.certainty.rawValue)
            + (event.source.map { " · according to " + XMLText.escape(names[$0]) } ?? "")
            + (event.date.map { " · dated by " + $0.from.rawValue } ?? " · undated")
            + "</p></div></li>"
        return text
    }

    private static func participants(_ event: Event) -> [ActorID] {
        var ids = event.agents + event.targets
        if let location = event.location { ids.append(location) }
        if let source = event.source { ids.append(source) }
        var seen = Set<ActorID>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// The SVG element alone: the XML declaration, doctype and comments Graphviz writes
    /// before it are dropped (they are not allowed inside HTML body content).
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...])
    }
}
