#!/usr/bin/env bash
# Counter floor benchmark: the packaged app (production profile) on MariaDB, its clock started on a weekday morning
# (wardhub.clock.start-at) so 中央区役所 issues tickets at any hour.
# Usage (from backend/, after ./mvnw package -DskipTests): src/bench/floor-bench.sh [seconds per endpoint, default 20]
# Targets (issue "The counter floor"): ticket issue p99 < 50 ms at 50 connections with numbers still gapless (measured
# at a kiosk's pace, and the capacity as fast as answered);
# GET /offices/{id}/queue at ≥ 70% of the trivial endpoint's throughput; 2,000 event-stream clients each receive a
# call within 1 s (p99) of it being made.
duration=${1:-20}
source "$(dirname "$0")/lib.sh"
export WARDHUB_CLOCK_START_AT=2027-02-02T09:00:00+09:00

fresh_database wardhub_bench_floor
start_app                                   # migrates the schema and the Kumamoto floors (no demo accounts)
stop_app
hash='$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.'   # wardhub-demo
# a floor manager per ward (bench-floor-<ward code>) and one ward officer of 中央区
mysql_cli "$db" -e "INSERT INTO staff (username, display_name, role, ward_code, password_hash)
  SELECT CONCAT('bench-floor-', code), CONCAT('ベンチ フロア ', name_ja), 'FLOOR', code, '$hash' FROM ward;
  INSERT INTO staff (username, display_name, role, ward_code, password_hash)
  VALUES ('bench-ward', 'ベンチ 区職員', 'WARD', '431010', '$hash')"
office=$(mysql_cli -N "$db" -e "SELECT id FROM office WHERE name_ja = '中央区役所'")
wards=$(mysql_cli -N "$db" -e "SELECT code FROM ward ORDER BY code")
# office:lane:token for every lane of every floor, and for the lanes of 中央区役所, and for its lane A alone
targets() {
  mysql_cli -N "$db" -e "SELECT GROUP_CONCAT(CONCAT(o.id, ':', l.id, ':', w.n) ORDER BY o.id, l.letter)
    FROM queue_lane l JOIN office o ON o.id = l.office_id
    JOIN (SELECT code, ROW_NUMBER() OVER (ORDER BY code) AS n FROM ward) w ON w.code = o.ward_code WHERE $1"
}
city=$(targets "TRUE")
chuo=$(targets "o.id = $office")
lane_a=$(targets "o.id = $office AND l.letter = 'A'")
start_app

floor_tokens=$(for w in $wards; do printf '%s ' "$(token "bench-floor-$w")"; done)
ward=$(token bench-ward)

# Nobody is served during the runs, so the waiting lines only grow (thousands per lane, where a real lane has tens):
# before each row the waiting tickets are ended as windows would end them, so every row starts with short lines.
serve_everyone() {
  mysql_cli "$db" -e "UPDATE ticket SET state = 'DONE', ended_at = queued_at WHERE state = 'WAITING'"
}
# issue NAME TARGETS [PACE_MS]: the measured run. With PACE_MS each connection issues a ticket every PACE_MS on
# average (a kiosk's pace; 0 to twice that, at random); without it, as fast as the answers come (the capacity).
issue() {
  local name=$1 targets=$2 pace=${3:-0} out
  serve_everyone
  out=$(PACE_MS=$pace TARGETS=$targets TOKENS=$floor_tokens wrk -t"$threads" -c"$connections" -d"${duration}s" \
    -s "$bench_dir/floor-issue.lua" "$base/")
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "p50" {print $2}' <<<"$out")" "$(awk '$1 == "p95" {print $2}' <<<"$out")" \
    "$(awk '$1 == "p99" {print $2}' <<<"$out")"
  grep -E 'Non-2xx|Socket errors' <<<"$out" || true
}
# a minute as fast as it goes first: the JIT compiles the issue path (it is still compiling after 10 s)
TARGETS=$city TOKENS=$floor_tokens wrk -t"$threads" -c"$connections" -d60s -s "$bench_dir/floor-issue.lua" "$base/" \
  >/dev/null
printf '| ticket issue | requests/s | p50 | p95 | p99 |\n|---|---|---|---|---|\n'
issue "every lane of the 12 floors (49 lanes), a ticket per connection every 250 ms" "$city" 250
issue "the 7 lanes of 中央区役所, a ticket per connection every 250 ms" "$chuo" 250
issue "one lane (中央区役所 A), a ticket per connection every 250 ms" "$lane_a" 250
issue "every lane of the 12 floors, as fast as answered (capacity)" "$city"
issue "the 7 lanes of 中央区役所, as fast as answered" "$chuo"
issue "one lane (中央区役所 A), as fast as answered: every request on one row lock" "$lane_a"
echo
echo "numbering: per lane and day, tickets = highest number = distinct numbers means gapless and unique"
mysql_cli -t "$db" -e "SELECT COUNT(*) AS lane_days, SUM(n = top AND n = d) AS gapless, SUM(n) AS tickets
  FROM (SELECT COUNT(*) n, MAX(number) top, COUNT(DISTINCT number) d FROM ticket WHERE hop = 0
        GROUP BY issued_lane_id, business_date) x"

echo
table_header
measure "trivial (procedure categories)" "$base/procedure-categories"
measure "office queue (中央区役所)" "$base/offices/$office/queue"
measure "every office's queue (12 floors)" "$base/queue"

echo
echo "event stream: ${CLIENTS:-2000} clients on 中央区役所, calls from window 1"
ulimit -n 65536 2>/dev/null || true
node "$bench_dir/floor-sse.mjs" "$base" "$office" 1 "$ward"
