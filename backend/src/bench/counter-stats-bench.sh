#!/usr/bin/env bash
# Counter statistics benchmark: the packaged app on MariaDB with 90 days of generated ticket history at all 12 counter
# floors, driven by wrk at 50 connections.
# Usage (from backend/, after ./mvnw package -DskipTests): src/bench/counter-stats-bench.sh [seconds per endpoint, default 30]
# Target (issue 11): statistics over 90 days × 6 offices at p95 < 200 ms, also for the first request after a write.
# No ward has 6 counter floors (南区 has 4), so the main rows read all 12 offices, twice the volume of the target.
duration=${1:-30}
source "$(dirname "$0")/lib.sh"

fresh_database wardhub_bench_stats
start_app                                   # migrates the schema and the Kumamoto data (no demo accounts)
stop_app
hash='$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.'   # the demo password
mysql_cli "$db" -e "INSERT INTO staff (username, display_name, role, ward_code, bureau_code, section_code, password_hash) VALUES
  ('bench-admin', 'ベンチ 管理者', 'ADMIN', NULL, NULL, NULL, '$hash'),
  ('bench-ward', 'ベンチ 区職員', 'WARD', '431010', NULL, NULL, '$hash')"

# The history is written in the background after start: wait for its log line.
export WARDHUB_DEMO_FLOOR_HISTORY_DAYS=90
start_app
until grep -q "floor history:" "$work/app.log"; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 1
done
grep -o "floor history:.*" "$work/app.log"
mysql_cli -N "$db" -e "SELECT CONCAT('tickets=', COUNT(*), ' offices=', COUNT(DISTINCT office_id), ' days=',
  COUNT(DISTINCT business_date)) FROM ticket"
chuo=$(mysql_cli -N "$db" -e "SELECT id FROM office WHERE name_ja = '中央区役所'")
stop_app
unset WARDHUB_DEMO_FLOOR_HISTORY_DAYS

to=$(TZ=Asia/Tokyo date +%F)
from=$(TZ=Asia/Tokyo date -d "$to - 89 days" +%F)
range="from=$from&to=$to"

# A fresh start: nothing remembered. The first request of each question reads the 90 days from the database.
start_app
admin_token=$(token bench-admin)
admin=(-H "Authorization: Bearer $admin_token" -H 'Accept: application/json')
admin_csv=(-H "Authorization: Bearer $admin_token" -H 'Accept: text/csv')
ward=(-H "Authorization: Bearer $(token bench-ward)" -H 'Accept: application/json')
echo
echo "cold (first request after start, one at a time):"
for q in "groupBy=day" "groupBy=office" "groupBy=window" "groupBy=weekday-hour" "groupBy=procedure"; do
  printf '  all offices, %s: %s s\n' "$q" "$(curl -s -o /dev/null -w '%{time_total}' "${admin[@]}" "$base/counter-stats?$range&$q")"
done
echo

wrk -t"$threads" -c"$connections" -d20s "${admin[@]}" "$base/counter-stats?$range" >/dev/null   # JIT warm-up
table_header
measure "stats: 12 offices, by day" "$base/counter-stats?$range" "${admin[@]}"
measure "stats: 12 offices, by window" "$base/counter-stats?$range&groupBy=window" "${admin[@]}"
measure "stats: 12 offices, by weekday-hour" "$base/counter-stats?$range&groupBy=weekday-hour" "${admin[@]}"
measure "stats: 12 offices, by procedure" "$base/counter-stats?$range&groupBy=procedure" "${admin[@]}"
measure "stats: own ward, ward staff, by office" "$base/counter-stats?$range&groupBy=office" "${ward[@]}"
measure "csv: 12 offices, by lane" "$base/counter-stats/export.csv?$range&groupBy=lane" "${admin_csv[@]}"

# Under writes: a ticket of today is written every 20 ms (directly, as issuing needs the offices open) while wrk
# reads; every read therefore follows a write and must see it.
lane=$(mysql_cli -N "$db" -e "SELECT id FROM queue_lane WHERE office_id = $chuo AND letter = 'B'")
writer() {
  local n=0
  while :; do
    n=$((n + 1))
    mysql_cli "$db" -e "INSERT INTO ticket (office_id, lane_id, issued_lane_id, business_date, number, hop, label, state,
      issued_via, issued_by, arrived_at, queued_at, call_count) VALUES ($chuo, $lane, $lane, '$to', $n, 0,
      'B-$n', 'WAITING', 'STAFF', 'bench', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0)" 2>/dev/null || true
    sleep 0.02
  done
}
before=$(curl -s "${admin[@]}" "$base/counter-stats?$range&office=$chuo" | sed -E 's/.*"total":\{[^}]*"tickets":([0-9]+).*/\1/')
writer &
writer_pid=$!
measure "under writes: 12 offices, by day" "$base/counter-stats?$range" "${admin[@]}"
measure "under writes: 南区 (4 offices), by window" "$base/counter-stats?$range&ward=431044&groupBy=window" "${admin[@]}"
kill "$writer_pid"
after=$(curl -s "${admin[@]}" "$base/counter-stats?$range&office=$chuo" | sed -E 's/.*"total":\{[^}]*"tickets":([0-9]+).*/\1/')
written=$(mysql_cli -N "$db" -e "SELECT COUNT(*) FROM ticket WHERE issued_by = 'bench'")
echo "中央区役所 tickets in the range: $before before the writes, $after after ($written written)"
