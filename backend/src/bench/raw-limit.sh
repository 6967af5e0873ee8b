#!/usr/bin/env bash
# The raw limit (issue "Performance and scale-out"): what share of the database's own speed an endpoint reaches. The
# statements one request of the ward officer's voice list (or another list) sends are captured from MariaDB's general
# log, replayed through plain JDBC at the same concurrency (RawReplay.java), and compared with the endpoint under wrk.
# Usage (from backend/, after ./mvnw package -DskipTests and a coordination-bench.sh run whose database it reuses):
#   src/bench/raw-limit.sh [seconds, default 30]
#   BENCH_RAW_PATH=/public/voices BENCH_RAW_USER=: another list (a path under /api/v1), asked by another benchmark
#   account (empty: no sign-in, as a resident)
# Needs root access to MariaDB through its socket (mariadb -uroot), to switch the general log on for one request.
duration=${1:-30}
source "$(dirname "$0")/lib.sh"
db=wardhub_bench_coordination
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$db"
start_app
user=${BENCH_RAW_USER-bench-ward}
ward=(-H 'Accept: application/json')
[ -z "$user" ] || ward+=(-H "Authorization: Bearer $(token "$user")")
url="$base${BENCH_RAW_PATH:-/voices?size=20}"
curl -sf -o /dev/null "${ward[@]}" "$url"    # the total is now cached: the next request reads one page

log_file=$(mariadb -uroot -N -e 'SELECT @@datadir')/raw-limit-general.log
mariadb -uroot -e "SET GLOBAL general_log_file = '$log_file'; SET GLOBAL log_output = 'FILE'; SET GLOBAL general_log = 1"
curl -sf -o /dev/null "${ward[@]}" "$url"
mariadb -uroot -e "SET GLOBAL general_log = 0"
# the page's SELECTs, one per line (the log's first columns are the time, the connection and the command)
grep -aE '\sQuery\s+select ' "$log_file" | sed -E 's/^.*\sQuery\s+//' > "$work/statements.sql"
rm -f "$log_file"
echo "statements of one request ($(wc -l < "$work/statements.sql")):"
cut -c1-160 "$work/statements.sql"

# the JIT compiles the hot paths in the first minute under load
wrk -t"$threads" -c"$connections" -d60s "${ward[@]}" "$url" >/dev/null
endpoint=$(wrk -t"$threads" -c"$connections" -d"${duration}s" "${ward[@]}" "$url" | awk '/Requests\/sec/ {print $2}')
stop_app
driver=$(ls target/quarkus-app/lib/main/org.mariadb.jdbc.mariadb-java-client-*.jar)
raw=$("$java" -cp "$driver" "$bench_dir/RawReplay.java" "$QUARKUS_DATASOURCE_JDBC_URL" wardhub wardhub \
  "$connections" "$duration" "$work/statements.sql")
echo "$raw"
sets=$(awk '{print $(NF-1)}' <<<"$raw")
echo "endpoint: $endpoint requests/s at $connections connections = $(awk -v e="$endpoint" -v s="$sets" 'BEGIN {printf "%.0f", 100 * e / s}')% of the raw limit (load average $(cut -d' ' -f1-3 /proc/loadavg))"
