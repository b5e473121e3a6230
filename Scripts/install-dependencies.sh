#!/usr/bin/env bash
# Installs the system packages EventGraph needs on Debian/Ubuntu, only when missing:
# libgraphviz-dev (the Graphviz C library and its pkg-config files) and graphviz (the `dot`
# command, used by one test to confirm that Graphviz itself accepts our DOT) are required;
# chromium (headless, for the HTML report's browser test) is wanted, and its test skips
# with a message when it could not be installed. libsqlite3-dev is the SQLite library and
# header that GRDB (the event store) links against.
set -euo pipefail
missing=()
pkg-config --exists libgvc 2>/dev/null || missing+=(libgraphviz-dev)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists sqlite3 2>/dev/null || [ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "installing: ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! command -v chromium >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "installing: chromium (optional, for the HTML report's browser test)" >&2
    { $sudo apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null; } \
        || echo "note: chromium could not be installed; the browser test will be skipped" >&2
fi
