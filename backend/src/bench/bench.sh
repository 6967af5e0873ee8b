#!/usr/bin/env bash
# Counter-guide benchmark: the packaged app on MariaDB with 300 procedures × 40 places, driven by wrk.
# Usage (from backend/, after ./mvnw package -DskipTests): src/bench/bench.sh [seconds per endpoint, default 30]
# Prints one table; copy it into docs/performance.md with the date and the machine.
duration=${1:-30}
source "$(dirname "$0")/lib.sh"

fresh_database wardhub_bench
start_app                                   # migrates the schema and the Kumamoto data
stop_app
mysql_cli "$db" < "$bench_dir/counter-volume.sql"
mysql_cli -N "$db" -e "SELECT CONCAT('procedures=', (SELECT COUNT(*) FROM service_procedure), ' places=',
  (SELECT COUNT(*) FROM office) + (SELECT COUNT(*) FROM channel), ' availability=', (SELECT COUNT(*) FROM availability))"
start_app

table_header
measure trivial "$base/procedure-categories"
measure finder "$base/finder?procedure=juminhyo-copy&date=2026-12-01&ward=431052"
measure finder-q "$base/finder?q=%E3%81%98%E3%82%85%E3%81%86%E3%81%BF%E3%82%93%E3%81%B2%E3%82%87%E3%81%86&date=2026-12-01"
measure matrix "$base/availability-matrix"
