#!/usr/bin/env bash
# Lighthouse (12.2.3, mobile defaults) on the public pages and two staff pages: the four category scores per page and
# what it found. Targets (issue "Staff experience and administration"): performance ≥ 90 on every page, accessibility
# 100 on the public pages; the exit status is 1 when one is missed.
# Usage (from backend/):
#   src/bench/lighthouse.sh                      the packaged app (./mvnw package -DskipTests), production profile, on a
#                                                fresh MariaDB database, signed in as a bootstrapped administrator
#   src/bench/lighthouse.sh http://host:8080     a running WardHub; staff pages signed in as LH_USER / LH_PASSWORD
#                                                (default: the demo admin, for the dev run or the demo build)
# Each page is run LH_RUNS times (default 3) and the run with the median performance score reported.
# Needs Node.js with npx (lighthouse is fetched by npx on first use, never added to package.json), Chromium
# (CHROME_PATH, default /usr/bin/chromium); for the packaged app also MariaDB on 127.0.0.1:3306 with the user
# wardhub/wardhub (as .ci/run creates), openssl and curl. Reports (JSON) are kept in LH_REPORTS (default a temp dir).
set -euo pipefail
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
public_pages=${LH_PUBLIC_PAGES:-/,/counter,/send-voice,/published-voices,/proposal-results,/queue}
staff_pages=${LH_STAFF_PAGES:-/voices,/voices/analysis}
bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
reports=${LH_REPORTS:-$work/reports}
mkdir -p "$reports"
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const o=JSON.parse(s);console.log(eval(process.argv[1]))})' "$1"; }

if [ $# -ge 1 ]; then
  base=${1%/}
  user=${LH_USER:-admin} password=${LH_PASSWORD:-wardhub-demo}
  login=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$user\",\"password\":\"$password\"}" \
    "$base/api/v1/auth/login")
else
  jar=target/quarkus-app/quarkus-run.jar
  java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
  [ -f "$jar" ] || { echo "$jar is missing: ./mvnw package -DskipTests"; exit 2; }
  free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
  port=$(free_port) management_port=$(free_port)
  openssl genrsa -out "$work/rsa.pem" 2048 2>/dev/null
  openssl pkcs8 -topk8 -nocrypt -in "$work/rsa.pem" -out "$work/private.pem"
  openssl rsa -in "$work/rsa.pem" -pubout -out "$work/public.pem" 2>/dev/null
  mariadb -h127.0.0.1 -uwardhub -pwardhub -e "DROP DATABASE IF EXISTS wardhub_lighthouse;
    CREATE DATABASE wardhub_lighthouse CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  user=lighthouse-admin start_password=$(openssl rand -hex 12) password=$(openssl rand -hex 12)
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/wardhub_lighthouse" \
    QUARKUS_DATASOURCE_USERNAME=wardhub QUARKUS_DATASOURCE_PASSWORD=wardhub \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="$work/private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/public.pem" \
    QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$management_port QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
    WARDHUB_BOOTSTRAP_ADMIN_USERNAME=$user WARDHUB_BOOTSTRAP_ADMIN_PASSWORD=$start_password \
    "$java" -Xmx1g -jar "$jar" > "$work/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$management_port/q/health/ready" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
    sleep 0.2
  done
  base="http://127.0.0.1:$port"
  # the bootstrapped administrator chooses its own password first; the answer is a session like a sign-in's
  first=$(curl -sf -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"$start_password\"}" "$base/api/v1/auth/login" | json o.accessToken)
  login=$(curl -sf -H 'Content-Type: application/json' -H "Authorization: Bearer $first" \
    -d "{\"currentPassword\":\"$start_password\",\"newPassword\":\"$password\"}" "$base/api/v1/me/password")
fi
LH_SESSION=$(json 'JSON.stringify({accessToken: o.accessToken, expiresAt: Date.now() + o.expiresIn * 1000, user: o.user})' <<<"$login")
export LH_SESSION
echo "Lighthouse 12.2.3 (mobile, simulated throttling) on $base, $(date -u +%F), load average $(cut -d' ' -f1-3 /proc/loadavg)"
# lighthouse is fetched by npx (once, into npm's cache); the driver imports it and its puppeteer-core from there
# shellcheck disable=SC2016 # expanded by the shell npx starts, where lighthouse is on the PATH
LH_MODULES=$(npx -y -p lighthouse@12.2.3 -c 'dirname "$(dirname "$(command -v lighthouse)")"')
export LH_MODULES
node "$bench_dir/lighthouse.mjs" "$base" "$reports" "$public_pages" "$staff_pages"
