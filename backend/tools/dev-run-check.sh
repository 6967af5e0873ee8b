#!/usr/bin/env bash
# The README's run command as a new user types it: ./mvnw quarkus:dev (the embedded H2 database with the demo data)
# starts, the demo administrator signs in, and a search of the demo voices finds them. Stops the dev run it started.
# Usage (from backend/, after a build): tools/dev-run-check.sh
set -euo pipefail
base=http://127.0.0.1:8080
log=target/dev-run.log
mkdir -p target
if curl -s -o /dev/null "$base/"; then
  echo "port 8080 is in use: stop what holds it first"; exit 2
fi
# a session of its own, so that stopping it stops the JVM Maven forks for the dev run too
setsid ./mvnw -B quarkus:dev -Dskip.frontend -Ddebug=false -Dquarkus.console.enabled=false > "$log" 2>&1 &
dev=$!
trap 'kill -- -"$dev" 2>/dev/null || true; wait "$dev" 2>/dev/null || true' EXIT
start=$SECONDS
until curl -sf -o /dev/null "$base/q/health/ready"; do
  kill -0 "$dev" 2>/dev/null || { tail -60 "$log"; echo "the dev run stopped before it was ready"; exit 1; }
  # a failed start keeps dev mode waiting for a fix to reload, so it is read from the log
  ! grep -aq "Failed to start application" "$log" || { grep -a -A30 "Failed to start application" "$log" | head -60; exit 1; }
  ((SECONDS - start < 900)) || { tail -60 "$log"; echo "the dev run was not ready within 15 minutes"; exit 1; }
  sleep 2
done
echo "dev run ready after $((SECONDS - start)) s"
token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"admin","password":"wardhub-demo"}' \
  "$base/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
# 街灯 (street light) is in several of the demo voices
found=$(curl -sf -H "Authorization: Bearer $token" "$base/api/v1/voices?q=%E8%A1%97%E7%81%AF" |
  sed -E 's/.*"total":([0-9]+).*/\1/')
[ "$found" -gt 0 ] || { echo "the demo administrator's search for 街灯 found nothing"; exit 1; }
echo "the demo administrator signed in; a search for 街灯 found $found voices"
