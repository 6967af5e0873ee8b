# Shared by the benchmarks: a throw-away MariaDB database, the packaged app in the production profile against it, and
# a wrk run that reports throughput and latency percentiles. Sourced, not run. Needs MariaDB on 127.0.0.1:3306 with
# user wardhub/wardhub (as .ci/run creates), wrk (Debian package), openssl, curl.
set -euo pipefail
connections=${BENCH_CONNECTIONS:-50}
threads=2
# free ports of our own, so that a run never measures another program (or another benchmark) on a fixed port
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=${BENCH_PORT:-$(free_port)}
management_port=${BENCH_MANAGEMENT_PORT:-$(free_port)}
jar=target/quarkus-app/quarkus-run.jar
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
bench_dir=$(dirname "${BASH_SOURCE[0]}")
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 2; }
[ -f "$jar" ] || { echo "$jar is missing: ./mvnw package -DskipTests"; exit 2; }

work=$(mktemp -d)
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
openssl genrsa -out "$work/rsa.pem" 2048 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in "$work/rsa.pem" -out "$work/private.pem"
openssl rsa -in "$work/rsa.pem" -pubout -out "$work/public.pem" 2>/dev/null

mysql_cli() { mariadb -h127.0.0.1 -uwardhub -pwardhub "$@"; }

# fresh_database NAME: an empty database the app will migrate on its first start
fresh_database() {
  db=$1
  mysql_cli -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$db"
}
export QUARKUS_DATASOURCE_USERNAME=wardhub QUARKUS_DATASOURCE_PASSWORD=wardhub
export SMALLRYE_JWT_SIGN_KEY_LOCATION="$work/private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/public.pem"
export QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$management_port QUARKUS_HTTP_ACCESS_LOG_ENABLED=${BENCH_ACCESS_LOG:-false}
base="http://127.0.0.1:$port/api/v1"

# the JDK's AOT cache that package writes beside the jar on JDK 25+ (pom.xml, profile aot-cache), as the image uses
# it; BENCH_AOT_CACHE=off starts without it
aot_cache_option() {
  if [ "${BENCH_AOT_CACHE:-on}" = on ] && [ -f "$(dirname "$jar")/app.aot" ]; then echo "-XX:AOTCache=app.aot"; fi
}

# launch_app LOG PORT MANAGEMENT_PORT: the packaged app, with the environment the caller set, logging to LOG; returns
# once it is ready and the process answering on PORT is the one started (its id in $launched)
launch_app() {
  local log=$1 http=$2 manage=$3 aot_cache
  aot_cache=$(aot_cache_option) # before the cd: the cache is looked for beside $jar
  # shellcheck disable=SC2086 # BENCH_HEAP (default -Xmx1g; empty for the JVM's own sizing) and BENCH_JAVA_OPTS (extra
  # JVM options, e.g. a flight recording for a profile) are lists of options. Started from the jar's directory, as the
  # image starts it: the AOT cache there is only taken by a JVM started where it was made.
  (cd "$(dirname "$jar")" && exec "$java" ${BENCH_HEAP--Xmx1g} $aot_cache ${BENCH_JAVA_OPTS:-} -jar quarkus-run.jar >> "$log" 2>&1) &
  launched=$!
  until curl -sf "http://127.0.0.1:$manage/q/health/ready" >/dev/null; do
    kill -0 "$launched" 2>/dev/null || { tail -50 "$log"; exit 1; }
    sleep "${ready_poll:-0.2}"
  done
  ss -ltnp | grep ":$http " | grep -q "pid=$launched," || { echo "port $http is not held by the app we started"; exit 2; }
}

start_app() {
  if curl -s -o /dev/null "http://127.0.0.1:$management_port/q/health/live" || curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port or $management_port is already in use: stop what holds it first"; exit 2
  fi
  : > "$work/app.log"
  launch_app "$work/app.log" "$port" "$management_port"
  pid=$launched
}

stop_app() {
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

# token USER: a bearer token for a benchmark account (every one has the demo password)
token() {
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"wardhub-demo\"}" "$base/auth/login" |
    sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

# table_header / measure NAME URL [wrk options...]: one row per endpoint, after a 10 s warm-up (JIT, caches)
table_header() {
  printf '| endpoint | requests/s | p50 | p95 | p99 | bytes/response |\n|---|---|---|---|---|---|\n'
}
measure() {
  local name=$1 url=$2
  shift 2
  wrk -t"$threads" -c"$connections" -d10s "$@" "$url" >/dev/null
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" -s "$bench_dir/percentiles.lua" "$@" "$url")
  local rps p50 p95 p99 errors bytes
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "p50" {print $2}' <<<"$out")
  p95=$(awk '$1 == "p95" {print $2}' <<<"$out")
  p99=$(awk '$1 == "p99" {print $2}' <<<"$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
  bytes=$(curl -s "$@" "$url" | wc -c)
  printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p95" "$p99" "$bytes"
  [ -z "$errors" ] || echo "  ($name: $errors)"
}
