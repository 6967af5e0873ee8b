#!/usr/bin/env bash
# Startup time to ready and resident memory of the packaged app on MariaDB: median of N runs.
# Usage (from backend/, after ./mvnw package): src/bench/startup.sh [runs]
# Needs a MariaDB on 127.0.0.1:3306 with the user wardhub/wardhub (as .ci/run creates) and openssl.
set -euo pipefail
runs=${1:-5}
jar=target/quarkus-app/quarkus-run.jar
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
openssl genrsa -out "$work/rsa.pem" 2048 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in "$work/rsa.pem" -out "$work/private.pem"
openssl rsa -in "$work/rsa.pem" -pubout -out "$work/public.pem" 2>/dev/null

export QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/wardhub_bench?createDatabaseIfNotExist=true"
export QUARKUS_DATASOURCE_USERNAME=wardhub QUARKUS_DATASOURCE_PASSWORD=wardhub
export SMALLRYE_JWT_SIGN_KEY_LOCATION="$work/private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/public.pem"
export QUARKUS_HTTP_PORT=18080 QUARKUS_MANAGEMENT_PORT=19080   # health is on the management interface

times=(); rss=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "$java" -jar "$jar" > "$work/run-$i.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$QUARKUS_MANAGEMENT_PORT/q/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/run-$i.log"; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  curl -sf "http://127.0.0.1:$QUARKUS_HTTP_PORT/api/v1/offices?size=100" >/dev/null
  kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  times+=("$ready_ms"); rss+=("$kb")
  echo "run $i: ready in ${ready_ms} ms, RSS $((kb / 1024)) MiB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median of $runs: ready in $(median "${times[@]}") ms, RSS $(( $(median "${rss[@]}") / 1024 )) MiB (after one request)"
