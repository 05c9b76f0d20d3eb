#!/usr/bin/env bash
# Search benchmark (issue 5): builds SearchBench in Release, starts a throwaway PostgreSQL cluster
# on 127.0.0.1 (as tests/run.sh does), runs Wegweiser's Lucene search, SQLite FTS5 and PostgreSQL
# full-text search side by side on one generated corpus and prints one markdown table. Stops and
# removes what it started. When PostgreSQL cannot start, the table still has the Lucene and FTS5
# rows and says why PostgreSQL is missing.
# Usage: tests/bench/search.sh [SearchBench flags, e.g. --entries 2000 --rounds 1]
set -euo pipefail
cd "$(dirname "$0")/../.."
log() { echo "[tests/bench/search.sh] $*" >&2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log "building (Release)"
dotnet build tests/bench/SearchBench -c Release -nologo -v quiet -clp:ErrorsOnly >&2

# A throwaway PostgreSQL cluster on loopback, removed on exit. Any failure here only drops the
# PostgreSQL row: the bench runs without WEGWEISER_BENCH_POSTGRES and says so.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
PGDATA_DIR=""
run_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
cleanup() {
  if [ -n "$PGDATA_DIR" ]; then
    run_pg "$PGBIN/pg_ctl -D $PGDATA_DIR -m fast -w stop" >/dev/null 2>&1 || true
    rm -rf "$PGDATA_DIR"
  fi
}
trap cleanup EXIT
start_postgres() {
  [ -n "$PGBIN" ] || { PG_REASON="no PostgreSQL server installed (/usr/lib/postgresql/*/bin)"; return 1; }
  PGDATA_DIR=$(mktemp -d /tmp/wegweiser-searchbench-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$PGDATA_DIR"
  run_pg "$PGBIN/initdb -D $PGDATA_DIR -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$PGDATA_DIR.initdb.log" 2>&1 \
    || { PG_REASON="initdb failed: $(tail -n 1 "$PGDATA_DIR.initdb.log")"; rm -f "$PGDATA_DIR.initdb.log"; return 1; }
  rm -f "$PGDATA_DIR.initdb.log"
  local candidate
  for candidate in $(seq 55432 55462); do
    if run_pg "$PGBIN/pg_ctl -D $PGDATA_DIR -l $PGDATA_DIR/server.log -o '-c listen_addresses=127.0.0.1 -p $candidate -k $PGDATA_DIR -c fsync=off' -w start" >/dev/null 2>&1; then
      log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$candidate"
      export WEGWEISER_BENCH_POSTGRES="Host=127.0.0.1;Port=$candidate;Username=postgres;Pooling=false"
      return 0
    fi
  done
  PG_REASON="PostgreSQL did not start on ports 55432-55462: $(tail -n 1 "$PGDATA_DIR/server.log" 2>/dev/null)"
  return 1
}
PG_REASON=""
if ! start_postgres; then
  log "$PG_REASON"
  unset WEGWEISER_BENCH_POSTGRES
  export WEGWEISER_BENCH_POSTGRES_MISSING="$PG_REASON"
fi

dotnet tests/bench/SearchBench/bin/Release/net10.0/SearchBench.dll "$@"
