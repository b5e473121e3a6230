#!/usr/bin/env bash
# Regenerates Graphs/ from Examples/: per article its DOT and SVG diagram and its text
# timeline (the DOT and timeline files are the golden outputs the CLI tests compare), its
# event diagram, its HTML report and, when Debian's chromium is installed, a screenshot of
# the report with its second event's evidence open.
# Builds the release binary first (incremental), so the outputs never come from a stale build.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=.build/release/eventgraph
swift build -c release >&2
for article in Examples/*.txt; do
    name=$(basename "$article" .txt)
    "$binary" graph "$article" --format dot -o "Graphs/$name.dot"
    "$binary" graph "$article" --format svg -o "Graphs/$name.svg"
    "$binary" graph "$article" --view events --format svg -o "Graphs/$name.events.svg"
    "$binary" timeline "$article" -o "Graphs/$name.timeline.txt"
    "$binary" report "$article" -o "Graphs/$name.report.html"
    if command -v chromium >/dev/null 2>&1; then
        event=$(grep -o 'id="event-[^"]*"' "Graphs/$name.report.html" | sed -n 2p | cut -d'"' -f2)
        chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
            --window-size=1400,1500 --screenshot="Graphs/$name.report.png" \
            "file://$PWD/Graphs/$name.report.html#$event" 2>/dev/null
    else
        echo "chromium not installed: Graphs/$name.report.png not regenerated" >&2
    fi
    echo "Graphs/$name.{dot,svg,events.svg,timeline.txt,report.html,report.png}"
done
