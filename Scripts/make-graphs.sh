#!/usr/bin/env bash
# Regenerates Graphs/ from Examples/: one DOT and one SVG diagram per article.
# Uses the release build when present (build it with `swift build -c release`).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=.build/release/eventgraph
[ -x "$binary" ] || { swift build -c release; }
for article in Examples/*.txt; do
    name=$(basename "$article" .txt)
    "$binary" graph "$article" --format dot -o "Graphs/$name.dot"
    "$binary" graph "$article" --format svg -o "Graphs/$name.svg"
    echo "Graphs/$name.dot Graphs/$name.svg"
done
