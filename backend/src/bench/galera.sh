#!/usr/bin/env bash
# A three-node MariaDB Galera Cluster on this one machine, and the concurrency tests run against it with their
# connections spread over the three nodes (Galera certifies a transaction at commit: a conflicting write made on
# another node fails there with a deadlock error and is run again by @RetryOnConflict; SELECT ... FOR UPDATE locks on
# one node only).
#
# Usage (from backend/):
#   src/bench/galera.sh start    three fresh nodes: client ports 3311-3313, user wardhub/wardhub
#   src/bench/galera.sh status   cluster size and readiness as each node sees it
#   src/bench/galera.sh test     start (if need be), run the concurrency tests through all three nodes, print per node
#                                what was committed there and how many certification conflicts it saw
#   src/bench/galera.sh stop     stop the nodes (their data is thrown away at the next start)
# GALERA_DIR (default /tmp/wardhub-galera) holds the nodes' data, sockets and logs; GALERA_TESTS replaces the list of
# test classes; WARDHUB_TEST_DB names the tests' database (default wardhub_galera); Maven runs offline unless
# MVN_OFFLINE= is given. An ordinary server on 3306 is not touched.
#
# Needs the Debian packages mariadb-server (10.11) and galera-4; the rsync state transfer needs rsync and socat, which
# mariadb-server depends on, so nothing else is installed. Run as root, the nodes run as the user mysql (the rsync
# daemon that receives a state transfer would write as nobody under root); run as anyone else, as that user.
set -euo pipefail
cd "$(dirname "$0")/../.."   # backend/

dir=${GALERA_DIR:-/tmp/wardhub-galera}
provider=/usr/lib/galera/libgalera_smm.so
node_script=$(cd .. && pwd)/deploy/galera/galera-node.sh
nodes=(1 2 3)
client_port() { echo $((3310 + $1)); }   # what the app connects to
gcomm_port() { echo $((4570 + $1)); }    # group communication between the nodes
ist_port() { echo $((4580 + $1)); }      # incremental state transfer (a node catching up on what it missed)
sst_port() { echo $((4590 + $1)); }      # full state transfer (rsync of the donor's data directory to a joiner)
socket() { echo "$dir/node$1/mysqld.sock"; }
if [ "$(id -u)" = 0 ]; then run_as=mysql; else run_as=$(id -un); fi

command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || { echo "mariadbd is missing: apt-get install mariadb-server"; exit 2; }
[ -f "$provider" ] || { echo "$provider is missing: apt-get install galera-4"; exit 2; }

# node_sql N SQL: as root over the node's own socket (root has no password on these throw-away nodes)
node_sql() { mariadb --no-defaults -uroot --socket="$(socket "$1")" -N -B -e "$2"; }
# the process id as started: the server writes its own pid file only after a joiner's state transfer
running() { [ -f "$dir/node$1/started.pid" ] && kill -0 "$(cat "$dir/node$1/started.pid")" 2>/dev/null; }
status_of() { node_sql "$1" "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | cut -f2; }

# start_node N: the node as the Compose image runs it (deploy/galera/galera-node.sh), on this machine's
# ports; the first creates the cluster and the account wardhub/wardhub, which the others receive when they join
start_node() {
  local n=$1 m cluster=""
  for m in "${nodes[@]}"; do cluster+="${cluster:+,}127.0.0.1:$(gcomm_port "$m")"; done
  mkdir -p "$dir/node$n"
  # a buffer pool small enough for three nodes beside the ordinary server; root without a password (throw-away nodes)
  GALERA_NODE_NAME=node$n GALERA_NODE_ADDRESS=127.0.0.1:$(gcomm_port "$n") GALERA_CLUSTER=$cluster \
    GALERA_SEED=$([ "$n" = 1 ] && echo yes || echo no) GALERA_NODE_INDEX=$n GALERA_BIND=127.0.0.1 \
    GALERA_PORT=$(client_port "$n") GALERA_IST_PORT=$(ist_port "$n") GALERA_SST_PORT=$(sst_port "$n") \
    GALERA_DATADIR=$dir/node$n/data GALERA_RUN_DIR=$dir/node$n GALERA_OS_USER=$run_as \
    GALERA_BUFFER_POOL=256M GALERA_ROOT_AUTH=normal \
    WARDHUB_DB_PASSWORD=wardhub WARDHUB_DB_PRIVILEGES_ON='*.*' \
    "$node_script" run >> "$dir/node$n/start.log" 2>&1 &
  echo $! > "$dir/node$n/started.pid"
}

wait_synced() {
  local n=$1 i
  for i in $(seq 1 120); do
    if running "$n" && [ "$(status_of "$n" wsrep_local_state_comment)" = Synced ]; then return 0; fi
    running "$n" || break
    sleep 1
  done
  echo "node $n did not become Synced; the end of $dir/node$n/error.log:"
  tail -n 30 "$dir/node$n/error.log" 2>/dev/null || cat "$dir/node$n/start.log"
  exit 1
}

start() {
  local n up=0
  for n in "${nodes[@]}"; do running "$n" && up=$((up + 1)); done
  if [ "$up" -eq 3 ]; then echo "the Galera nodes are already running in $dir"; status; return; fi
  [ "$up" -eq 0 ] || { echo "only $up of 3 nodes are running: galera.sh stop first"; exit 1; }
  for n in "${nodes[@]}"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$(client_port "$n")") 2>/dev/null; then
      echo "port $(client_port "$n") is taken by another program"; exit 2
    fi
  done
  # a fresh cluster each time: a stopped one would need its last node to bootstrap again, and the tests clean the
  # schema anyway
  if [ -d "$dir" ] && [ ! -f "$dir/node1/node.cnf" ] && [ -n "$(ls -A "$dir")" ]; then
    echo "$dir holds something else: name an empty or new directory in GALERA_DIR"; exit 2
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  local started=$SECONDS
  start_node 1
  wait_synced 1
  # the account is made once the first node is Synced; a joiner must not copy the data directory before that
  until node_sql 1 "SELECT 1 FROM mysql.global_priv WHERE User = 'wardhub'" 2>/dev/null | grep -q 1; do
    running 1 || { tail -n 30 "$dir/node1/start.log"; exit 1; }
    sleep 0.5
  done
  # one joiner at a time: each takes a full state transfer from a donor, which blocks the donor while it lasts
  for n in 2 3; do
    start_node "$n"
    wait_synced "$n"
  done
  for n in "${nodes[@]}"; do
    [ "$(status_of "$n" wsrep_cluster_size)" = 3 ] && [ "$(status_of "$n" wsrep_ready)" = ON ] ||
      { echo "node $n does not see a ready cluster of 3"; status; exit 1; }
  done
  echo "three Galera nodes ready in $((SECONDS - started)) s: 127.0.0.1:3311, :3312, :3313 (wardhub/wardhub)"
}

stop() {
  local n pid
  for n in "${nodes[@]}"; do
    running "$n" || continue
    pid=$(cat "$dir/node$n/started.pid")
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
    echo "node $n stopped"
  done
}

status() {
  local n
  for n in "${nodes[@]}"; do
    if running "$n"; then
      printf 'node %s (:%s): cluster size %s, ready %s, %s\n' "$n" "$(client_port "$n")" \
        "$(status_of "$n" wsrep_cluster_size)" "$(status_of "$n" wsrep_ready)" \
        "$(status_of "$n" wsrep_local_state_comment)"
    else
      printf 'node %s (:%s): not running\n' "$n" "$(client_port "$n")"
    fi
  done
}

# counters N: this node's local commits (transactions that began here), certification failures (a commit here lost
# to one made elsewhere), brute-force aborts (a transaction here killed by a write set replicated from elsewhere) and
# write sets received from the other nodes
counters() {
  local name out=""
  for name in wsrep_local_commits wsrep_local_cert_failures wsrep_local_bf_aborts wsrep_received; do
    out+="$(status_of "$1" "$name") "
  done
  echo "$out"
}

run_tests() {
  # the races (grant budget, ticket and reference numbers, idempotency keys, If-Match), plain workflows that use
  # Idempotency-Key and If-Match step by step, and the counts those writes keep; not HeldLockTest, whose lock
  # held on one node does not block another
  local tests=${GALERA_TESTS:-ConcurrentGrantTest,TicketNumberingTest,KeptPerOfficeTest,ConcurrentWritesTest,VoiceWorkflowTest,CallingTest,SupportApplicationWorkflowTest,DialogueMeetingTest,ProposalLifecycleTest,FaqWorkflowTest,DatabaseFailuresTest,VoiceCountsTest,ProposalCountsTest}
  local n before=() after started rc=0 c0 f0 b0 r0 c1 f1 b1 r1
  start
  for n in "${nodes[@]}"; do before[n]=$(counters "$n"); done
  started=$SECONDS
  # loadbalance: the driver spreads the pool's new connections over the three hosts, so the requests of a test, and
  # the threads of a concurrent one, write through all three
  export WARDHUB_TEST_DB_URL="jdbc:mariadb:loadbalance://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/${WARDHUB_TEST_DB:-wardhub_galera}?createDatabaseIfNotExist=true"
  # A row every request writes (a lane's ticket counter, the year's voice counter) lets one commit through per
  # replication round when the writers are on different nodes; the others lose certification and run again. 24
  # simultaneous issues for one lane needed up to 6 attempts, so more are allowed than on one server (4), still
  # within the same 5 s.
  export WARDHUB_RETRY_ATTEMPTS=${WARDHUB_RETRY_ATTEMPTS:-10}
  # A pooled connection lives a second at most, so that the requests of a test that runs them one after another
  # also go through all three nodes (the pool would otherwise hand the same connection to each of them)
  export QUARKUS_DATASOURCE_JDBC_MAX_LIFETIME=${QUARKUS_DATASOURCE_JDBC_MAX_LIFETIME:-PT1S}
  export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
  ./mvnw -B ${MVN_OFFLINE--o} test -Dskip.frontend -Dlint.skip -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
    > "$dir/tests.log" 2>&1 || rc=$?
  grep -aE "Tests run:|<<<|FAIL" "$dir/tests.log" || true
  echo "tests took $((SECONDS - started)) s (full log: $dir/tests.log)"
  echo "per node during the tests:"
  for n in "${nodes[@]}"; do
    after=$(counters "$n")
    read -r c0 f0 b0 r0 <<<"${before[n]}"
    read -r c1 f1 b1 r1 <<<"$after"
    printf 'node %s: %6d local commits %5d certification failures %5d brute-force aborts %6d write sets received\n' \
      "$n" $((c1 - c0)) $((f1 - f0)) $((b1 - b0)) $((r1 - r0))
  done
  return "$rc"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  test) run_tests ;;
  *) echo "usage: $0 start|stop|status|test"; exit 2 ;;
esac
