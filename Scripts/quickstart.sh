#!/usr/bin/env bash
# Quick start: install what is missing, build in release mode, print the timeline of the
# example articles and regenerate the diagrams in Graphs/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/install-dependencies.sh
swift build -c release
.build/release/eventgraph timeline Examples/*.txt
bash Scripts/make-graphs.sh
