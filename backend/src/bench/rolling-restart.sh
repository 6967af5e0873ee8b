#!/usr/bin/env bash
# Rolling restart behind nginx: two packaged instances on one MariaDB (caches and counter floors shared through
# Redis), nginx in front of them, and a steady wrk load of reads and writes through nginx while each instance in turn
# is drained (nginx reloaded with it marked down), stopped (SIGTERM: graceful shutdown), started again and put back
# once ready. It passes when every request was answered 2xx (no 5xx, no refused or timed-out connection) and every
# voice answered 201 is stored.
# Usage (from backend/, after ./mvnw package -DskipTests): src/bench/rolling-restart.sh [rounds, default 1]
#   ROLLING_DRAIN=0 stops the instances without draining them first, to see what nginx alone makes of it.
# Needs nginx (Debian package; run from a temporary prefix, the system's nginx is not touched), wrk, and Redis on
# 127.0.0.1:6379 (as .ci/run starts it).
rounds=${1:-1}
drain=${ROLLING_DRAIN:-1}
# a steady load, not a saturating one: with one instance down and the other starting, 2 cores serve it at ~1 s p99
export BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-10}
source "$(dirname "$0")/lib.sh"
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install nginx"; exit 2; }
redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 || { echo "Redis is not answering on 127.0.0.1:6379"; exit 2; }

declare -A http_port management pids
for name in a b; do
  http_port[$name]=$(free_port)
  management[$name]=$(free_port)
done
nginx_port=$(free_port)
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; nginx -p "$work/nginx" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$work"' EXIT

# instance NAME: starts it and returns once it is ready (on its own ports; the log in $work/NAME.log)
instance() {
  local name=$1
  QUARKUS_HTTP_PORT=${http_port[$name]} QUARKUS_MANAGEMENT_PORT=${management[$name]} WARDHUB_QUEUE_CHANNEL=redis \
    QUARKUS_REDIS_HOSTS=redis://127.0.0.1:6379 launch_app "$work/$name.log" "${http_port[$name]}" "${management[$name]}"
  pids[$name]=$launched
}

# nginx_config [DRAINED]: the deployment's nginx settings (deploy/nginx/wardhub.conf) with this machine's addresses,
# DRAINED (if given) marked down
nginx_config() {
  mkdir -p "$work/nginx/logs"
  sed -e "s/server app-1:8080;/server 127.0.0.1:${http_port[a]}$([ "${1:-}" = a ] && echo ' down');/" \
    -e "s/server app-2:8080;/server 127.0.0.1:${http_port[b]}$([ "${1:-}" = b ] && echo ' down');/" \
    -e "s/listen 8080;/listen 127.0.0.1:$nginx_port;/" "$bench_dir/../../../deploy/nginx/wardhub.conf" \
    > "$work/nginx/wardhub.conf"
  grep -q "127.0.0.1:${http_port[b]}" "$work/nginx/wardhub.conf" || { echo "deploy/nginx/wardhub.conf changed shape"; exit 2; }
  cat > "$work/nginx/nginx.conf" <<CONF
$([ "$(id -u)" = 0 ] && echo "user root;")
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  include $work/nginx/wardhub.conf;
}
CONF
}

fresh_database wardhub_bench_rolling
instance a                              # migrates the schema and the Kumamoto data (no demo accounts)
hash='$2a$10$QoJjRSl/URgstWVz6UqtFOG6EzukG4zXJQXyvdk5oAusjN.90cHy.'   # the demo password
mysql_cli "$db" -e "INSERT INTO staff (username, display_name, role, password_hash)
  VALUES ('bench-admin', 'ベンチ 管理者', 'ADMIN', '$hash')"
instance b
nginx_config
nginx -p "$work/nginx" -c nginx.conf
front="http://127.0.0.1:$nginx_port"
ROLLING_TOKEN=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"bench-admin","password":"wardhub-demo"}' \
  "$front/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
export ROLLING_TOKEN
voices_before=$(mysql_cli -N "$db" -e "SELECT COUNT(*) FROM voice")

# the restarts take ~25-40 s an instance here (5 s shutdown delay, up to 20 s of running requests, a 10-18 s start):
# the load runs long enough for every round, from before the first to after the last
seconds=$((30 + rounds * 100))
# a slow answer is not a failed one: wrk waits up to 30 s (its default of 2 s would count queueing as failure)
wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 30s -s "$bench_dir/rolling-load.lua" "$front" > "$work/wrk.out" &
load=$!
sleep 10
started=$(date +%s)
for round in $(seq "$rounds"); do
  for name in a b; do
    t0=$(date +%s%N)
    if [ "$drain" = 1 ]; then
      nginx_config "$name" && nginx -p "$work/nginx" -c nginx.conf -s reload
      # the reload hands new requests to new workers at once; the old ones finish what they were sending
      while [ "$(pgrep -c -P "$(cat "$work/nginx/nginx.pid")")" -gt 1 ]; do sleep 0.2; done
    fi
    kill -TERM "${pids[$name]}"
    wait "${pids[$name]}" || true
    t1=$(date +%s%N)
    instance "$name"
    t2=$(date +%s%N)
    [ "$drain" = 1 ] && nginx_config && nginx -p "$work/nginx" -c nginx.conf -s reload
    printf 'round %d, instance %s: drained and stopped in %d ms (%s), ready again in %d ms\n' "$round" "$name" \
      $(((t1 - t0) / 1000000)) "$(grep -o 'stopped in [0-9.]*s' "$work/$name.log" | tail -1)" $(((t2 - t1) / 1000000))
  done
done
echo "restarts took $(( $(date +%s) - started )) s; the load goes on to its end"
wait "$load"
cat "$work/wrk.out"
voices_after=$(mysql_cli -N "$db" -e "SELECT COUNT(*) FROM voice")
taken=$(awk '$1 == "status" && $2 == 201 {print $3}' "$work/wrk.out")
grep -E '\[(warn|error|crit|alert)\]' "$work/nginx/logs/error.log" | tail -20 || true
# wrk does not wait for the answers still on their way when its time is up: a few more voices than 201s are stored
echo "voices taken in: ${taken:-0} answered 201, $((voices_after - voices_before)) stored"
# A read error is a client connection nginx closed at a reload: an old worker closes each kept-alive connection after
# its last answer, and a request already sent on it is never read (browsers send it again; wrk counts an error).
# ROLLING_KEEPALIVE=0 shows there are no others. Every other error or non-2xx answer is a failed request.
closed=$(awk '$1 == "errors" {print $5}' "$work/wrk.out")
failed=$(awk '$1 == "status" && $2 !~ /^2/ {n += $3} $1 == "errors" {n += $3 + $7 + $9} END {print n + 0}' "$work/wrk.out")
echo "$failed failed requests; $closed kept-alive connections closed by nginx's reloads"
[ "$failed" = 0 ] && [ "${taken:-0}" -le $((voices_after - voices_before)) ]
