#!/usr/bin/env bash
# The SPA's files against JSON on the packaged app: index.html (and a deep link), the smallest and the largest file the
# first page loads, as a browser asks for them (brotli), the largest also uncompressed; the trivial JSON endpoint and
# the liveness check beside them.
# Usage (from backend/, after ./mvnw package -DskipTests): src/bench/static-bench.sh [seconds per endpoint, default 20]
# Prints one table; copy it into docs/performance.md with the date and the machine.
duration=${1:-20}
source "$(dirname "$0")/lib.sh"

fresh_database wardhub_static_bench
start_app
origin="http://127.0.0.1:$port"
br=(-H "Accept-Encoding: br")
# the files index.html names, smallest and largest as served
mapfile -t files < <(curl -s "$origin/" | grep -oE '/assets/[^"]+\.(js|css)')
sized=$(for f in "${files[@]}"; do echo "$(curl -s "$origin$f" | wc -c) $f"; done | sort -n)
smallest=$(head -1 <<<"$sized" | cut -d' ' -f2)
largest=$(tail -1 <<<"$sized" | cut -d' ' -f2)

table_header
measure "trivial JSON (procedure categories)" "$base/procedure-categories" "${br[@]}"
measure "liveness (/q/health/live)" "http://127.0.0.1:$management_port/q/health/live"
measure "index.html" "$origin/" "${br[@]}"
measure "deep link (/counter)" "$origin/counter" "${br[@]}"
measure "smallest file ($smallest)" "$origin$smallest" "${br[@]}"
measure "largest file ($largest)" "$origin$largest" "${br[@]}"
measure "largest file, uncompressed" "$origin$largest"
