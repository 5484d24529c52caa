#!/usr/bin/env bash
# A throwaway PostgreSQL server for hadath's storage tests.
#
#   url=$(bash .ci/postgres.sh start)   # installs PostgreSQL if missing, starts a fresh
#                                       # cluster on a free port, creates a database and
#                                       # prints its URL (the only line on stdout)
#   HADATH_TEST_POSTGRES=$url python -m pytest tests/test_store.py
#   bash .ci/postgres.sh stop           # stops the cluster and deletes its files
#
# The cluster lives in a temporary folder (trust authentication, listening on
# 127.0.0.1 only, fsync off: test data only).  As root it runs as the `postgres`
# user (the server refuses to run as root); as any other user it runs as that user.
# Progress and errors go to stderr, so `url=$(...)` captures the URL alone.
set -euo pipefail

STATE=${HADATH_PG_STATE:-${TMPDIR:-/tmp}/hadath-pg.current}
DBNAME=${HADATH_PG_DB:-hadath_test}

log() { echo "postgres.sh: $*" >&2; }

pg_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$d" ] && command -v pg_config >/dev/null 2>&1; then
    d=$(pg_config --bindir)
  fi
  [ -n "$d" ] && [ -x "$d/pg_ctl" ] && echo "$d"
}

as_owner() {  # run a command as the cluster owner
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin
  bin=$(pg_bindir || true)
  if [ -z "$bin" ]; then
    if [ "$(id -u)" != 0 ]; then
      log "PostgreSQL is not installed and this is not root: install the 'postgresql' package"
      exit 1
    fi
    log "installing PostgreSQL (apt-get install postgresql)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    bin=$(pg_bindir)
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
  fi
  if [ -f "$STATE" ]; then  # a cluster left by an earlier run: stop it first
    stop || true
  fi

  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/hadath-pg.XXXXXX")
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }

  local port started=""
  for port in $(seq 54329 54429); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      continue  # something listens there
    fi
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null 2>&1; then
      started=$port
      break
    fi
  done
  if [ -z "$started" ]; then
    log "could not start PostgreSQL; server log:"
    cat "$dir/server.log" >&2 || true
    exit 1
  fi
  printf '%s\n%s\n%s\n' "$dir" "$bin" "$started" >"$STATE"
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$started" -U postgres "$DBNAME"
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $started (data in $dir)"
  echo "postgresql://postgres@127.0.0.1:$started/$DBNAME"
}

stop() {
  [ -f "$STATE" ] || { log "no cluster to stop"; return 0; }
  local dir bin
  dir=$(sed -n 1p "$STATE")
  bin=$(sed -n 2p "$STATE")
  if [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir" "$STATE"
  log "stopped and removed $dir"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac
