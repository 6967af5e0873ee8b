#!/usr/bin/env bash
# HQ–ward coordination benchmark: the packaged app on MariaDB with 250,000 residents' voices and 20,000 ward proposals
# over five years, driven by wrk with a signed-in administrator's, ward officer's and HQ officer's tokens.
# Usage (from backend/, after ./mvnw package -DskipTests): src/bench/coordination-bench.sh [seconds per endpoint, default 30]
# Target (issue: volume): voice statistics and the filtered voice list at p95 < 200 ms.
duration=${1:-30}
source "$(dirname "$0")/lib.sh"

fresh_database wardhub_bench_coordination
start_app                                   # migrates the schema and the Kumamoto data (no demo accounts)
stop_app
started=$(date +%s)
mysql_cli "$db" < "$bench_dir/voice-volume.sql"
mysql_cli "$db" < "$bench_dir/proposal-volume.sql"
# Three benchmark accounts with the demo password (production has none of its own).
hash='$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.'
mysql_cli "$db" -e "INSERT INTO staff (username, display_name, role, ward_code, bureau_code, section_code, password_hash) VALUES
  ('bench-admin', 'ベンチ 管理者', 'ADMIN', NULL, NULL, NULL, '$hash'),
  ('bench-ward', 'ベンチ 区職員', 'WARD', '431010', NULL, NULL, '$hash'),
  ('bench-hq', 'ベンチ 本庁職員', 'HQ', NULL, 'policy', 'ward-coordination', '$hash')"
mysql_cli -N "$db" -e "SELECT CONCAT('voices=', (SELECT COUNT(*) FROM voice), ' proposals=', (SELECT COUNT(*) FROM proposal),
  ' answers=', (SELECT COUNT(*) FROM proposal_answer), ' (generated in $(( $(date +%s) - started )) s)')"
start_app

token() {
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"wardhub-demo\"}" "$base/auth/login" |
    sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}
admin=(-H "Authorization: Bearer $(token bench-admin)" -H 'Accept: application/json')
ward=(-H "Authorization: Bearer $(token bench-ward)" -H 'Accept: application/json')
hq=(-H "Authorization: Bearer $(token bench-hq)" -H 'Accept: application/json')
year=$(date +%Y)
street_light=%E8%A1%97%E7%81%AF   # 街灯

# The JVM compiles the hot paths during the first seconds under load; warm it up once before the first measurement
# (each endpoint still has its own 10 s warm-up).
wrk -t"$threads" -c"$connections" -d20s -H "${admin[1]}" "$base/voices?size=20" >/dev/null

table_header
measure "voices: newest, admin" "$base/voices?size=20" "${admin[@]}"
measure "voices: own ward, ward staff" "$base/voices?size=20" "${ward[@]}"
measure "voices: ward + status + period" "$base/voices?ward=431052&status=CLOSED&from=$year-01-01&to=$year-12-31" "${admin[@]}"
measure "voices: category" "$base/voices?category=parks" "${admin[@]}"
measure "voices: overdue" "$base/voices?overdue=true" "${admin[@]}"
measure "voices: text" "$base/voices?q=$street_light" "${admin[@]}"
measure "voice stats: category, one year" "$base/voices/stats?groupBy=category&from=$year-01-01&to=$year-12-31" "${admin[@]}"
measure "voice stats: month, five years" "$base/voices/stats?groupBy=month" "${admin[@]}"
measure "voice stats: channel, ward staff" "$base/voices/stats?groupBy=channel" "${ward[@]}"
measure "proposals: newest, HQ" "$base/proposals?size=20" "${hq[@]}"
measure "proposals: overdue for a bureau" "$base/proposals?bureau=policy&overdue=true" "${hq[@]}"
measure "proposal stats: bureau, all years" "$base/proposals/stats?groupBy=bureau" "${admin[@]}"
