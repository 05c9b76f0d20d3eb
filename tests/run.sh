#!/usr/bin/env bash
# The one test command: installs what the tests need when it is missing (Debian's Chromium, a
# PostgreSQL server, time zone data), starts a throwaway PostgreSQL on loopback, runs every test
# project of the solution with a real SMTP server on loopback (tests/tools/SmtpSink), stops what it
# started, and ends with one summary line
# "N passed, N failed" (", N skipped" if any). Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
log() { echo "[tests/run.sh] $*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [ $apt_updated -eq 0 ]; then as_root apt-get update -qq >/dev/null; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# 1. What the tests need on the machine.
[ -x /usr/bin/chromium ] || { log "installing Debian's chromium"; apt_install chromium; }
[ -f /usr/share/zoneinfo/Europe/Berlin ] || { log "installing tzdata"; apt_install tzdata; }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$PGBIN" ]; then
  log "installing the PostgreSQL server"
  apt_install postgresql
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
command -v dotnet >/dev/null || { echo "dotnet SDK not found" >&2; exit 2; }

# 2. A throwaway PostgreSQL cluster on loopback, removed on exit.
PGDATA_DIR=$(mktemp -d /tmp/wegweiser-pg.XXXXXX)
RESULTS=$(mktemp -d /tmp/wegweiser-results.XXXXXX)
MAIL_DIR=$(mktemp -d /tmp/wegweiser-mail.XXXXXX)
run_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
SINK_PID=""
cleanup() {
  [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null && wait "$SINK_PID" 2>/dev/null
  run_pg "$PGBIN/pg_ctl -D $PGDATA_DIR -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$PGDATA_DIR" "$RESULTS" "$MAIL_DIR"
}
trap cleanup EXIT
[ "$(id -u)" -eq 0 ] && chown postgres "$PGDATA_DIR"
run_pg "$PGBIN/initdb -D $PGDATA_DIR -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$RESULTS/initdb.log" 2>&1 \
  || { cat "$RESULTS/initdb.log"; echo "initdb failed" >&2; exit 2; }
PORT=""
for candidate in $(seq 55432 55462); do
  if run_pg "$PGBIN/pg_ctl -D $PGDATA_DIR -l $PGDATA_DIR/server.log -o '-c listen_addresses=127.0.0.1 -p $candidate -k $PGDATA_DIR -c fsync=off -c max_connections=200' -w start" >/dev/null 2>&1; then
    PORT=$candidate; break
  fi
done
[ -n "$PORT" ] || { cat "$PGDATA_DIR/server.log" >&2; echo "PostgreSQL did not start" >&2; exit 2; }
log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"
# Timeout: opening a connection on a loaded 2-core machine took longer than Npgsql's default 15 s once.
export WEGWEISER_TEST_POSTGRES="Host=127.0.0.1;Port=$PORT;Username=postgres;Pooling=false;Timeout=60"

# 3. Build once, then run every test project.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log "building"
dotnet build Wegweiser.sln -nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }
# 4. A real SMTP server on loopback (tests/tools/SmtpSink): each message it receives becomes an .eml
# file in $WEGWEISER_TEST_SMTP_FOLDER. The first free port from 25250 on.
SINK_DLL=tests/tools/SmtpSink/bin/Debug/net10.0/SmtpSink.dll
SMTP_PORT=""
for candidate in $(seq 25250 25280); do
  dotnet "$SINK_DLL" --port "$candidate" --folder "$MAIL_DIR" >"$RESULTS/smtp-sink.log" 2>&1 &
  SINK_PID=$!
  for _ in $(seq 1 50); do
    grep -q "listening" "$RESULTS/smtp-sink.log" 2>/dev/null && break
    kill -0 "$SINK_PID" 2>/dev/null || break
    sleep 0.1
  done
  if grep -q "listening" "$RESULTS/smtp-sink.log"; then SMTP_PORT=$candidate; break; fi
  kill "$SINK_PID" 2>/dev/null; wait "$SINK_PID" 2>/dev/null; SINK_PID=""
done
[ -n "$SMTP_PORT" ] || { cat "$RESULTS/smtp-sink.log" >&2; echo "The SMTP sink did not start" >&2; exit 2; }
log "SMTP sink on 127.0.0.1:$SMTP_PORT"
export WEGWEISER_TEST_SMTP="127.0.0.1:$SMTP_PORT" WEGWEISER_TEST_SMTP_FOLDER="$MAIL_DIR"

log "testing"
# One test project at a time: the browser tests time out when they share two cores with the rest.
dotnet test Wegweiser.sln --no-build -nologo -m:1 --logger "trx" --results-directory "$RESULTS" "$@"
rc=$?

# Keep screenshots and PDFs the browser tests made (right-to-left layouts, print) as artefacts of the run.
mkdir -p artifacts/screenshots
find tests -path '*/bin/*/screenshots/*' \( -name '*.png' -o -name '*.pdf' \) -exec cp {} artifacts/screenshots/ \; 2>/dev/null || true

# Keep this run's result files (one .trx per test project) for a closer look, e.g. which tests are slow.
mkdir -p artifacts/test-results
rm -f artifacts/test-results/*.trx
find "$RESULTS" -name '*.trx' -exec cp {} artifacts/test-results/ \; 2>/dev/null || true

# 5. The slowest test classes (sum of their tests' durations; a class fixture's start is not in them),
# then one summary line from the result files, always the last line.
python3 - "$RESULTS" "$rc" <<'PY'
import collections, glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
seconds = collections.Counter()
counts = collections.Counter()
def duration(text):
    h, m, s = (text or "0:0:0").split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)
for f in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    root = ET.parse(f).getroot()
    classes = {d.get("id"): d.find("t:TestMethod", ns).get("className") for d in root.iterfind("t:TestDefinitions/t:UnitTest", ns)}
    for r in root.iterfind("t:Results/t:UnitTestResult", ns):
        name = classes.get(r.get("testId"), "?")
        seconds[name] += duration(r.get("duration"))
        counts[name] += 1
    c = root.find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    skipped += int(c.get("notExecuted", 0))
if seconds:
    print("Slowest test classes (sum of test durations):")
    for name, total in seconds.most_common(15):
        print(f"  {total:8.1f} s  {counts[name]:4d} tests  {name}")
if passed + failed == 0 and sys.argv[2] != "0":
    failed = 1
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
[ $rc -eq 0 ] || exit 1
exit 0
