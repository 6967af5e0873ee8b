#!/usr/bin/env bash
# Startup time to ready and resident memory of the packaged app (production profile) on MariaDB: the median of N
# starts, then the RSS of one more instance after LOAD_SECONDS of wrk at 50 connections on a public list.
# Usage (from backend/, after ./mvnw package):
#   src/bench/startup.sh [runs]                         JVM defaults
#   STARTUP_JAVA_OPTS='-XX:+UseSerialGC -XX:MaxRAM=1g' src/bench/startup.sh    other JVM options (as the Dockerfile's)
#   BENCH_AOT_CACHE=off src/bench/startup.sh            without the AOT cache package wrote (target/quarkus-app/app.aot)
# LOAD_SECONDS (default 60; 0 skips the load). Ports are free ones of our own and the process answering is checked to
# be ours (lib.sh), so another program on a port cannot be measured by mistake.
# Targets (issue "Performance and scale-out", quiet machine): ready < 2 s; RSS < 200 MiB after one request and
# < 350 MiB after a minute at 50 connections.
bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
source "$bench_dir/lib.sh"
runs=${1:-5}
load_seconds=${LOAD_SECONDS:-60}
fresh_database wardhub_startup

# the JVM's own heap sizing unless STARTUP_JAVA_OPTS says otherwise; readiness polled every 20 ms
export BENCH_HEAP="" BENCH_JAVA_OPTS=${STARTUP_JAVA_OPTS:-}
ready_poll=0.02
rss_mib() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status"; }

# the first start migrates the empty database: not counted
start_app
stop_app
echo "JVM options: ${STARTUP_JAVA_OPTS:-(defaults)} $(aot_cache_option); load average $(cut -d' ' -f1-3 /proc/loadavg)"
times=() rss=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  start_app
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  curl -sf "$base/offices?size=100" >/dev/null
  times+=("$ready_ms") rss+=("$(rss_mib)")
  echo "run $i: ready in ${ready_ms} ms, RSS ${rss[-1]} MiB after one request"
  stop_app
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median of $runs: ready in $(median "${times[@]}") ms, RSS $(median "${rss[@]}") MiB after one request"

if [ "$load_seconds" -gt 0 ]; then
  start_app
  wrk -t"$threads" -c"$connections" -d"${load_seconds}s" "$base/offices?size=100" | awk '/Requests\/sec/ {print "load: " $2 " requests/s"}'
  echo "RSS after ${load_seconds} s at $connections connections: $(rss_mib) MiB (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  stop_app
fi
