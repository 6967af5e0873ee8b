#!/usr/bin/env bash
# Counter-guide benchmark: the packaged app on MariaDB with 300 procedures × 40 places, driven by wrk.
# Usage (from backend/, after ./mvnw package -DskipTests): src/bench/bench.sh [seconds per endpoint, default 30]
# Needs: MariaDB on 127.0.0.1:3306 with user wardhub/wardhub (as .ci/run creates), wrk (Debian package), openssl.
# Prints one table; copy it into docs/performance.md with the date and the machine.
set -euo pipefail
duration=${1:-30}
connections=50
threads=2
port=18081
jar=target/quarkus-app/quarkus-run.jar
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 2; }
[ -f "$jar" ] || { echo "$jar is missing: ./mvnw package -DskipTests"; exit 2; }

work=$(mktemp -d)
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
openssl genrsa -out "$work/rsa.pem" 2048 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in "$work/rsa.pem" -out "$work/private.pem"
openssl rsa -in "$work/rsa.pem" -pubout -out "$work/public.pem" 2>/dev/null

db=wardhub_bench
mysql_cli() { mariadb -h127.0.0.1 -uwardhub -pwardhub "$@"; }
mysql_cli -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

export QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$db"
export QUARKUS_DATASOURCE_USERNAME=wardhub QUARKUS_DATASOURCE_PASSWORD=wardhub
export SMALLRYE_JWT_SIGN_KEY_LOCATION="$work/private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/public.pem"
export QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_ACCESS_LOG_ENABLED=false

start_app() {
  "$java" -Xmx1g -jar "$jar" > "$work/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 0.2
  done
}

start_app                                   # migrates the schema and the Kumamoto data
kill "$pid"; wait "$pid" 2>/dev/null || true
mysql_cli "$db" < src/bench/counter-volume.sql
mysql_cli -N "$db" -e "SELECT CONCAT('procedures=', (SELECT COUNT(*) FROM service_procedure), ' places=',
  (SELECT COUNT(*) FROM office) + (SELECT COUNT(*) FROM channel), ' availability=', (SELECT COUNT(*) FROM availability))"
start_app

base="http://127.0.0.1:$port/api/v1"
declare -A urls=(
  [trivial]="$base/procedure-categories"
  [finder]="$base/finder?procedure=juminhyo-copy&date=2026-12-01&ward=431052"
  [finder-q]="$base/finder?q=%E3%81%98%E3%82%85%E3%81%86%E3%81%BF%E3%82%93%E3%81%B2%E3%82%87%E3%81%86&date=2026-12-01"
  [matrix]="$base/availability-matrix"
)
printf '| endpoint | requests/s | p50 | p99 | bytes/response |\n|---|---|---|---|---|\n'
for name in trivial finder finder-q matrix; do
  url=${urls[$name]}
  wrk -t"$threads" -c"$connections" -d10s "$url" >/dev/null            # warm-up (JIT, caches)
  out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
  bytes=$(curl -s "$url" | wc -c)
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "$bytes"
  [ -z "$errors" ] || echo "  ($name: $errors)"
done
