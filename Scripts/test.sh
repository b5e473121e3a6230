#!/usr/bin/env bash
# The test command: installs what is missing, then builds and runs every test target.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/install-dependencies.sh
swift build --build-tests
swift test --skip-build
