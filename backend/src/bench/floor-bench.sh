#!/usr/bin/env bash
# Counter floor benchmark: the packaged app (production profile) on MariaDB, its clock started on a weekday morning
# (wardhub.clock.start-at) so 中央区役所 issues tickets at any hour.
# Usage (from backend/, after ./mvnw package -DskipTests): src/bench/floor-bench.sh [seconds per endpoint, default 20]
# Targets (issue "The counter floor"): ticket issue p99 < 50 ms at 50 connections with numbers still gapless;
# GET /offices/{id}/queue at ≥ 70% of the trivial endpoint's throughput; 2,000 event-stream clients each receive a
# call within 1 s (p99) of it being made.
duration=${1:-20}
source "$(dirname "$0")/lib.sh"
export WARDHUB_CLOCK_START_AT=2027-02-02T09:00:00+09:00

fresh_database wardhub_bench_floor
start_app                                   # migrates the schema and the Kumamoto floors (no demo accounts)
stop_app
hash='$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.'   # wardhub-demo
mysql_cli "$db" -e "INSERT INTO staff (username, display_name, role, ward_code, bureau_code, section_code, password_hash) VALUES
  ('bench-floor', 'ベンチ フロア', 'FLOOR', '431010', NULL, NULL, '$hash'),
  ('bench-ward', 'ベンチ 区職員', 'WARD', '431010', NULL, NULL, '$hash')"
office=$(mysql_cli -N "$db" -e "SELECT id FROM office WHERE name_ja = '中央区役所'")
lanes=$(mysql_cli -N "$db" -e "SELECT GROUP_CONCAT(id ORDER BY letter) FROM queue_lane WHERE office_id = $office")
lane_a=${lanes%%,*}
start_app

token() {
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"wardhub-demo\"}" "$base/auth/login" |
    sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}
floor=$(token bench-floor)
ward=$(token bench-ward)

# issue: a warm-up, then the measured run, all lanes of the office and then one lane (every request on one row lock)
issue() {
  local name=$1 lane_ids=$2 out
  LANES=$lane_ids TOKEN=$floor wrk -t"$threads" -c"$connections" -d10s -s "$bench_dir/floor-issue.lua" \
    "$base/offices/$office/tickets" >/dev/null
  out=$(LANES=$lane_ids TOKEN=$floor wrk -t"$threads" -c"$connections" -d"${duration}s" -s "$bench_dir/floor-issue.lua" \
    "$base/offices/$office/tickets")
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "p50" {print $2}' <<<"$out")" "$(awk '$1 == "p95" {print $2}' <<<"$out")" \
    "$(awk '$1 == "p99" {print $2}' <<<"$out")"
  grep -E 'Non-2xx|Socket errors' <<<"$out" || true
}
printf '| ticket issue | requests/s | p50 | p95 | p99 |\n|---|---|---|---|---|\n'
issue "all 7 lanes of 中央区役所" "$lanes"
issue "one lane (A)" "$lane_a"
echo
echo "numbering per lane and day (tickets = highest number = distinct numbers means gapless and unique):"
mysql_cli -t "$db" -e "SELECT l.letter, COUNT(*) AS tickets, MAX(t.number) AS highest, COUNT(DISTINCT t.number) AS distinct_numbers
  FROM ticket t JOIN queue_lane l ON l.id = t.lane_id GROUP BY l.letter, t.business_date ORDER BY l.letter"

echo
table_header
measure "trivial (procedure categories)" "$base/procedure-categories"
measure "office queue (中央区役所, ${lanes//[^,]/} lanes)" "$base/offices/$office/queue"
measure "all queues of a ward" "$base/queue?ward=431010"

echo
echo "event stream: ${CLIENTS:-2000} clients on 中央区役所, calls from window 1"
ulimit -n 65536 2>/dev/null || true
node "$bench_dir/floor-sse.mjs" "$base" "$office" 1 "$ward"
