#!/usr/bin/env bash
# One node of a MariaDB Galera Cluster for WardHub: writes the node's settings, decides whether it starts a new
# cluster or joins one, creates the app's database and account on the cluster's first start, and runs the server
# until it is stopped (SIGTERM stops the server cleanly). The image of the Compose `ha` profile runs it
# (deploy/galera/Dockerfile) and so does backend/src/bench/galera.sh, three nodes on one machine, in CI.
#
#   galera-node.sh run       start the node and wait for the server to end
#   galera-node.sh health    exit 0 if the node is Synced with a primary cluster (the Compose health check)
#
# The environment:
#   GALERA_NODE_NAME       this node's name (required)
#   GALERA_NODE_ADDRESS    host[:port] where the others reach this node's group communication (default: the name)
#   GALERA_CLUSTER         the members' addresses, comma-separated, this node's included (required)
#   GALERA_SEED            yes on the one node that starts the cluster when no cluster exists yet
#   GALERA_NODE_INDEX      1, 2, 3...: this node's residue class for new row ids (see below); GALERA_NODE_COUNT (3)
#   GALERA_BOOTSTRAP       yes to start a new cluster from this node's data whatever its state says: after every node
#                          stopped, on the node that stopped last, if that was not the seed (see README "Galera")
#   GALERA_DATADIR (/var/lib/mysql), GALERA_RUN_DIR (/run/mysqld: settings, socket, logs), GALERA_BIND (0.0.0.0),
#   GALERA_PORT (3306), GALERA_IST_PORT (4568), GALERA_SST_PORT (4444), GALERA_BUFFER_POOL (1G), GALERA_OS_USER
#   (mysql when run as root, else the user running it), GALERA_ROOT_AUTH (socket: the database's root only through
#   the socket as the system's root; normal: root without a password, for throw-away nodes)
#   WARDHUB_DB_NAME (wardhub), WARDHUB_DB_USER (wardhub), WARDHUB_DB_PASSWORD or WARDHUB_DB_PASSWORD_FILE,
#   WARDHUB_DB_PRIVILEGES_ON (`wardhub`.*): the app's account, created on the seed's first start
# Needs mariadb-server (10.11), galera-4 and rsync (the state transfer to a joining node).
set -euo pipefail

: "${GALERA_NODE_NAME:?set GALERA_NODE_NAME}"
datadir=${GALERA_DATADIR:-/var/lib/mysql}
run_dir=${GALERA_RUN_DIR:-/run/mysqld}
socket=$run_dir/mysqld.sock
config=$run_dir/node.cnf
if [ "$(id -u)" = 0 ]; then os_user=${GALERA_OS_USER:-mysql}; else os_user=$(id -un); fi

node_sql() { mariadb --no-defaults -uroot --socket="$socket" -N -B -e "$1"; }
status_of() { node_sql "SHOW GLOBAL STATUS LIKE '$1'" 2>/dev/null | cut -f2; }

health() {
  [ "$(status_of wsrep_local_state_comment)" = Synced ] && [ "$(status_of wsrep_cluster_status)" = Primary ]
}

write_config() {
  local address=${GALERA_NODE_ADDRESS:-$GALERA_NODE_NAME}
  local host=${address%:*} gcomm_port=4567
  [ "$address" = "$host" ] || gcomm_port=${address##*:}
  cat > "$config" <<EOF
[mariadbd]
datadir=$datadir
socket=$socket
pid-file=$run_dir/mysqld.pid
log-error=$run_dir/error.log
port=${GALERA_PORT:-3306}
bind-address=${GALERA_BIND:-0.0.0.0}
user=$os_user
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
default-storage-engine=InnoDB
innodb_buffer_pool_size=${GALERA_BUFFER_POOL:-1G}
innodb_log_file_size=64M
# a commit is durable once the cluster has certified it (every node holds it), as Galera's own guidance has it
innodb_flush_log_at_trx_commit=2
max_connections=300

# Galera requires row-based replication and interleaved auto-increment locking
binlog_format=ROW
innodb_autoinc_lock_mode=2
# Each node numbers new rows in its own residue class (1, 4, 7... on node 1), so inserts on different nodes never
# take the same id. Set here rather than by wsrep_auto_increment_control, which would also override the session's
# values: the city data migrations name the ids of rows inserted before them (offices 1-30), so the app's Flyway
# connection asks for increment 1 (quarkus.flyway.init-sql) and gets the ids a single server gives.
wsrep_auto_increment_control=OFF
auto_increment_increment=${GALERA_NODE_COUNT:-3}
auto_increment_offset=${GALERA_NODE_INDEX:-1}
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=wardhub
wsrep_cluster_address=gcomm://$GALERA_CLUSTER
wsrep_node_name=$GALERA_NODE_NAME
wsrep_node_address=$host:$gcomm_port
wsrep_provider_options="gmcast.listen_addr=tcp://${GALERA_BIND:-0.0.0.0}:$gcomm_port;ist.recv_addr=$host:${GALERA_IST_PORT:-4568};gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=$host:${GALERA_SST_PORT:-4444}
wsrep_slave_threads=2
# A read waits until this node has applied everything the cluster committed before it began. Without it a client
# that writes through one node and then reads through another (the app's pool spreads its connections, and a
# second instance has its own) may read what was there before its own write: a few hundred microseconds a read on
# a LAN, against answers that contradict the previous one.
wsrep_sync_wait=1
EOF
}

# the app's database and account, once, on the node that started the cluster (the others receive them)
create_app_account() {
  local password=${WARDHUB_DB_PASSWORD:-}
  if [ -n "${WARDHUB_DB_PASSWORD_FILE:-}" ]; then password=$(cat "$WARDHUB_DB_PASSWORD_FILE"); fi
  [ -n "$password" ] || { echo "galera-node: set WARDHUB_DB_PASSWORD or WARDHUB_DB_PASSWORD_FILE" >&2; return 1; }
  local db=${WARDHUB_DB_NAME:-wardhub} user=${WARDHUB_DB_USER:-wardhub}
  password=${password//\\/\\\\}
  password=${password//\'/\\\'}
  node_sql "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS '$user'@'%' IDENTIFIED BY '$password';
    GRANT ALL PRIVILEGES ON ${WARDHUB_DB_PRIVILEGES_ON:-\`$db\`.*} TO '$user'@'%'"
}

run() {
  : "${GALERA_CLUSTER:?set GALERA_CLUSTER}"
  mkdir -p "$datadir" "$run_dir"
  [ "$os_user" = "$(id -un)" ] || chown -R "$os_user" "$datadir" "$run_dir"
  write_config
  local args=() first_start=no
  if [ -z "$(ls -A "$datadir")" ]; then
    if [ "${GALERA_SEED:-no}" = yes ]; then
      # a new cluster: only its first node gets a system database; a joiner receives a donor's whole data directory
      mariadb-install-db --defaults-file="$config" --auth-root-authentication-method="${GALERA_ROOT_AUTH:-socket}" \
        --skip-test-db > "$run_dir/install.log" 2>&1 || { cat "$run_dir/install.log" >&2; exit 1; }
      args+=(--wsrep-new-cluster)
      first_start=yes
    fi
  elif [ "${GALERA_BOOTSTRAP:-no}" = yes ]; then
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$datadir/grastate.dat"
    args+=(--wsrep-new-cluster)
  elif [ "${GALERA_SEED:-no}" = yes ] && grep -q '^safe_to_bootstrap: 1' "$datadir/grastate.dat" 2>/dev/null; then
    # every node had stopped and the seed stopped last: its data is the newest, it starts the cluster again (a seed
    # restarted while the others run stopped with safe_to_bootstrap 0 and joins them)
    args+=(--wsrep-new-cluster)
  fi
  mariadbd --defaults-file="$config" "${args[@]}" &
  local server=$!
  trap 'kill -TERM "$server" 2>/dev/null' TERM INT
  if [ "$first_start" = yes ]; then
    until health; do
      kill -0 "$server" 2>/dev/null || { tail -n 30 "$run_dir/error.log" >&2; exit 1; }
      sleep 1
    done
    create_app_account
  fi
  local rc=0
  wait "$server" || rc=$?
  # a TERM interrupts the first wait; the second waits for the server's clean shutdown
  if kill -0 "$server" 2>/dev/null; then wait "$server" || rc=$?; fi
  return "$rc"
}

case "${1:-}" in
  run) run ;;
  health) health ;;
  *) echo "usage: $0 run|health"; exit 2 ;;
esac
