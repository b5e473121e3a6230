#!/usr/bin/env bash
# Runs GraphRendering's whole render path (SVG/PNG/PDF/DOT with four engines, a syntax error,
# a second graph in the input, concentrate=true, a failed render, an unknown engine) N and
# then M times under valgrind, and shows that "definitely lost" does not grow with the number
# of renders.
# Leaks that do not grow are one-time set-up (fontconfig, pango, Swift runtime, first context).
# Pango loads fonts on a background thread, so a one-off fontconfig block (up to ~2.5 KB) may
# or may not be lost in a given run: growth up to TOLERANCE bytes (default 4096) is accepted.
# With M - N = 40 rounds of 8 render calls, any per-call leak above ~13 bytes exceeds it.
#
# Usage: Scripts/valgrind-render.sh [N] [M]        (defaults 2 and 42; run from anywhere)
# Needs: valgrind, libgraphviz-dev. Builds the test binary first (SKIP_BUILD=1 to skip).
# The probe is the XCTest case GraphRenderingTests.RenderLeakProbe (valgrind 3.19 crashes on
# the Swift Testing entry point); it is skipped in normal test runs.
set -euo pipefail
cd "$(dirname "$0")/.."

few=${1:-2}
many=${2:-42}
tolerance=${TOLERANCE:-4096}
binary=.build/debug/EventGraphPackageTests.xctest
probe=GraphRenderingTests.RenderLeakProbe/testRenderPathRepeatedly
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    swift build --build-tests >&2
fi

# Prints "lost-bytes lost-blocks indirect-bytes blocks reachable-bytes blocks invalid" for one
# valgrind run of the probe with $1 rounds.
measure() {
    local rounds=$1 log="$logs/valgrind-$1.log"
    if ! GRAPHRENDERING_RENDERS=$rounds valgrind --leak-check=full --num-callers=30 \
        --log-file="$log" "$binary" "$probe" > "$logs/out-$rounds.txt" 2>&1; then
        echo "probe failed with $rounds rounds; output:" >&2
        cat "$logs/out-$rounds.txt" "$log" >&2
        exit 1
    fi
    if ! grep -q "Executed 1 test, with 0 failures" "$logs/out-$rounds.txt" \
        || grep -q "skipped" "$logs/out-$rounds.txt"; then
        echo "probe did not run cleanly with $rounds rounds:" >&2
        cat "$logs/out-$rounds.txt" >&2
        exit 1
    fi
    local lost indirect reachable invalid
    lost=$(summary "definitely lost" "$log")
    indirect=$(summary "indirectly lost" "$log")
    reachable=$(summary "still reachable" "$log")
    invalid=$(grep -cE "Invalid (read|write|free)|uninitialised|Mismatched free" "$log" || true)
    cp "$log" "/tmp/valgrind-render-$rounds.log"
    echo "$lost $indirect $reachable $invalid"
}

# Prints "bytes blocks" of one line of valgrind's leak summary ("definitely lost" …).
summary() {
    local line
    line=$(grep -E "$1: [0-9,]+ bytes in [0-9,]+ blocks" "$2" | tail -1 || true)
    if [[ -z "$line" ]]; then echo "0 0"; return; fi
    echo "$line" | sed -E 's/.*: ([0-9,]+) bytes in ([0-9,]+) blocks.*/\1 \2/' | tr -d ,
}

few_result=$(measure "$few")
many_result=$(measure "$many")
read -r few_bytes few_blocks few_indirect _ few_reachable _ few_invalid <<< "$few_result"
read -r many_bytes many_blocks many_indirect _ many_reachable _ many_invalid <<< "$many_result"

format='%-8s %-22s %-22s %-22s %s\n'
printf "$format" renders "definitely lost" "indirectly lost" "still reachable" "invalid"
printf "$format" "$few" "$few_bytes B ($few_blocks blocks)" "$few_indirect B" \
    "$few_reachable B" "$few_invalid"
printf "$format" "$many" "$many_bytes B ($many_blocks blocks)" "$many_indirect B" \
    "$many_reachable B" "$many_invalid"
echo "full logs: /tmp/valgrind-render-$few.log /tmp/valgrind-render-$many.log"

if (( many_bytes > few_bytes )); then
    echo "records that differ (lost with $many renders, not the same with $few):"
    records() {
        grep -E "are definitely lost" "$1" | sed -E 's/==[0-9]+== //; s/ in loss record.*//'
    }
    diff <(records "/tmp/valgrind-render-$few.log") \
        <(records "/tmp/valgrind-render-$many.log") | grep '^>' || true
fi
if (( many_bytes - few_bytes > tolerance || many_indirect - few_indirect > tolerance \
    || many_invalid > 0 || few_invalid > 0 )); then
    echo "FAIL: definitely lost grows with renders, or invalid memory accesses" >&2
    exit 1
fi
echo "OK: definitely lost does not grow with the number of renders"
