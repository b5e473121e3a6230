#!/usr/bin/env bash
# Regenerates Graphs/ from Examples/: per article its DOT and SVG diagram and its text
# timeline (the DOT and timeline files are the golden outputs the CLI tests compare).
# Uses the release build when present (build it with `swift build -c release`).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=.build/release/eventgraph
[ -x "$binary" ] || { swift build -c release; }
for article in Examples/*.txt; do
    name=$(basename "$article" .txt)
    "$binary" graph "$article" --format dot -o "Graphs/$name.dot"
    "$binary" graph "$article" --format svg -o "Graphs/$name.svg"
    "$binary" graph "$article" --view events --format svg -o "Graphs/$name.events.svg"
    "$binary" timeline "$article" -o "Graphs/$name.timeline.txt"
    echo "Graphs/$name.dot Graphs/$name.svg Graphs/$name.events.svg Graphs/$name.timeline.txt"
done
