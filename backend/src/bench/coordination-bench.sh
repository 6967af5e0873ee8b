#!/usr/bin/env bash
# HQ–ward coordination benchmark: the packaged app on MariaDB with 250,000 residents' voices and 20,000 ward proposals
# over five years, driven by wrk with a signed-in administrator's, ward officer's and HQ officer's tokens; then the
# first answer of each statistic after a write (its cache dropped).
# Usage (from backend/, after ./mvnw package -DskipTests): src/bench/coordination-bench.sh [seconds per endpoint, default 30]
#   BENCH_VOICES=1000000 BENCH_PROPOSALS=100000: the largest designated city's twenty years (generated in ~4 min)
#   BENCH_REUSE=1: measure the database the previous run generated (and the writes it made) instead of a new one
#   BENCH_FIRST_ONLY=1: only the first answers after a write (after the warm-up; skips the rows under load)
# Target (issue: volume): voice statistics and the filtered voice list at p95 < 200 ms.
duration=${1:-30}
source "$(dirname "$0")/lib.sh"

if [ -n "${BENCH_REUSE:-}" ]; then    # the database of the previous run, as it was left
  db=wardhub_bench_coordination
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$db"
else
  fresh_database wardhub_bench_coordination
  start_app                                   # migrates the schema and the Kumamoto data (no demo accounts)
  stop_app
  echo "MariaDB buffer pool: $(mysql_cli -N -e 'SELECT @@innodb_buffer_pool_size DIV 1048576') MiB (the tables' size below)"
  started=$(date +%s)
  volume="SET @voices = ${BENCH_VOICES:-250000}, @proposals = ${BENCH_PROPOSALS:-20000};"
  { echo "$volume"; cat "$bench_dir/voice-volume.sql"; } | mysql_cli "$db"
  { echo "$volume"; cat "$bench_dir/proposal-volume.sql"; } | mysql_cli "$db"
  # Three benchmark accounts with the demo password (production has none of its own).
  hash='$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.'
  mysql_cli "$db" -e "INSERT INTO staff (username, display_name, role, ward_code, bureau_code, section_code, password_hash) VALUES
    ('bench-admin', 'ベンチ 管理者', 'ADMIN', NULL, NULL, NULL, '$hash'),
    ('bench-ward', 'ベンチ 区職員', 'WARD', '431010', NULL, NULL, '$hash'),
    ('bench-hq', 'ベンチ 本庁職員', 'HQ', NULL, 'policy', 'ward-coordination', '$hash')"
  mysql_cli -N "$db" -e "SELECT CONCAT('voices=', (SELECT COUNT(*) FROM voice), ' proposals=', (SELECT COUNT(*) FROM proposal),
    ' data and indexes=', (SELECT SUM(data_length + index_length) DIV 1048576 FROM information_schema.tables
    WHERE table_schema = DATABASE()), ' MiB',
    ' answers=', (SELECT COUNT(*) FROM proposal_answer), ' (generated in $(( $(date +%s) - started )) s)')"
fi
start_app

admin=(-H "Authorization: Bearer $(token bench-admin)" -H 'Accept: application/json')
ward=(-H "Authorization: Bearer $(token bench-ward)" -H 'Accept: application/json')
hq=(-H "Authorization: Bearer $(token bench-hq)" -H 'Accept: application/json')
year=$(date +%Y)
street_light=%E8%A1%97%E7%81%AF   # 街灯, in one voice in five
manhole=%E3%83%9E%E3%83%B3%E3%83%9B%E3%83%BC%E3%83%AB   # マンホール, in one voice in 100,000
avalanche=%E9%9B%AA%E5%B4%A9   # 雪崩, in no voice
published=%E5%85%AC%E8%A1%A8%E6%96%87   # 公表文, in every published voice (about one in four)
resident=(-H 'Accept: application/json')

# The JVM compiles the hot paths during the first seconds under load; warm it up once before the first measurement
# (each endpoint still has its own 10 s warm-up).
wrk -t"$threads" -c"$connections" -d20s -H "${admin[1]}" "$base/voices?size=20" >/dev/null
if [ -z "${BENCH_FIRST_ONLY:-}" ]; then

  table_header
  measure "voices: newest, admin" "$base/voices?size=20" "${admin[@]}"
  measure "voices: own ward, ward staff" "$base/voices?size=20" "${ward[@]}"
  measure "voices: ward + status + period" "$base/voices?ward=431052&status=CLOSED&from=$year-01-01&to=$year-12-31" "${admin[@]}"
  measure "voices: category" "$base/voices?category=parks" "${admin[@]}"
  measure "voices: overdue" "$base/voices?overdue=true" "${admin[@]}"
  measure "voices: text" "$base/voices?q=$street_light" "${admin[@]}"
  measure "voices: rare word" "$base/voices?q=$manhole" "${admin[@]}"
  measure "voices: word in no voice" "$base/voices?q=$avalanche" "${admin[@]}"
  measure "voice stats: category, one year" "$base/voices/stats?groupBy=category&from=$year-01-01&to=$year-12-31" "${admin[@]}"
  measure "voice stats: month, five years" "$base/voices/stats?groupBy=month" "${admin[@]}"
  measure "voice stats: channel, ward staff" "$base/voices/stats?groupBy=channel" "${ward[@]}"
  measure "public voices: newest" "$base/public/voices" "${resident[@]}"
  measure "public voices: text" "$base/public/voices?q=$published" "${resident[@]}"
  measure "public voices: word in no voice" "$base/public/voices?q=$avalanche" "${resident[@]}"
  measure "proposals: newest, HQ" "$base/proposals?size=20" "${hq[@]}"
  measure "proposals: overdue for a bureau" "$base/proposals?bureau=policy&overdue=true" "${hq[@]}"
  measure "proposal stats: bureau, all years" "$base/proposals/stats?groupBy=bureau" "${admin[@]}"
fi

# The first answer after a write: a voice taken in drops the voices' caches on every instance, and the next asker
# computes the answer from the tables. Five writes per row; the median and the slowest of the five first answers.
voice='{"channel":"COUNTER","type":"REQUEST","categories":["roads"],"wardCode":"431010","text":"ベンチ: 書き込み直後の集計"}'
proposal='{"kind":"POLICY","title":"ベンチ: 書き込み直後の集計","background":"ベンチ","content":"ベンチ","expectedEffect":"ベンチ"}'
# a voice taken in by the administrator; FIRST_WRITE=proposal: a proposal drafted by the ward officer instead
first_after_write() {
  local name=$1 url=$2 times=()
  shift 2
  for _ in 1 2 3 4 5; do
    if [ "${FIRST_WRITE:-voice}" = proposal ]; then
      curl -sf -o /dev/null "${ward[@]}" -H 'Content-Type: application/json' -d "$proposal" "$base/proposals"
    else
      curl -sf -o /dev/null "${admin[@]}" -H 'Content-Type: application/json' -d "$voice" "$base/voices"
    fi || { echo "the write before \"$name\" failed: its first answer would be a remembered one"; exit 1; }
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' "$@" "$url")")
  done
  printf '| %s | %s |\n' "$name" "$(printf '%s\n' "${times[@]}" | sort -n |
    awk '{t[NR] = $1 * 1000} END {printf "%.0f ms (slowest %.0f ms)", t[3], t[5]}')"
}
printf '\n| first answer after a write | median of 5 |\n|---|---|\n'
first_after_write "voices: category" "$base/voices?category=parks" "${admin[@]}"
first_after_write "voices: text" "$base/voices?q=$street_light" "${admin[@]}"
first_after_write "voices: rare word" "$base/voices?q=$manhole" "${admin[@]}"
first_after_write "voices: word in no voice" "$base/voices?q=$avalanche" "${admin[@]}"
first_after_write "public voices: text" "$base/public/voices?q=$published" "${resident[@]}"
first_after_write "public voices: word in no voice" "$base/public/voices?q=$avalanche" "${resident[@]}"
first_after_write "voice stats: category, one year" "$base/voices/stats?groupBy=category&from=$year-01-01&to=$year-12-31" "${admin[@]}"
first_after_write "voice stats: month, all years" "$base/voices/stats?groupBy=month" "${admin[@]}"
first_after_write "voices: own ward, ward staff (the list's total)" "$base/voices?size=20" "${ward[@]}"
first_after_write "voice stats: channel, ward staff" "$base/voices/stats?groupBy=channel" "${ward[@]}"
first_after_write "voice stats: month, ward staff" "$base/voices/stats?groupBy=month" "${ward[@]}"
first_after_write "voice analysis page, ward staff, one year" "$base/voices/analysis?from=$year-01-01&to=$year-12-31" "${ward[@]}"
first_after_write "voice analysis page, one year" "$base/voices/analysis?from=$year-01-01&to=$year-12-31" "${admin[@]}"
FIRST_WRITE=proposal first_after_write "proposals: newest, HQ (the list's total)" "$base/proposals?size=20" "${hq[@]}"
FIRST_WRITE=proposal first_after_write "proposal stats: bureau, all years" "$base/proposals/stats?groupBy=bureau" "${admin[@]}"
FIRST_WRITE=proposal first_after_write "proposal stats: fiscal year, all years" "$base/proposals/stats?groupBy=fiscalYear" "${admin[@]}"
