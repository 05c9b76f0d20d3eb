#!/usr/bin/env bash
# Benchmark of the public pages: transferred size per page type (gzip, HTML + CSS) and
# throughput/latency of home, list and detail pages with wrk on loopback. Loads the demo recipe
# into a throwaway data folder, runs a Release build, prints one table, stops everything it started.
# Usage: tests/bench/run.sh [seconds per wrk run, default 10]
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-10}
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
command -v wrk >/dev/null || { as_root apt-get update -qq >/dev/null; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

DATA=$(mktemp -d /tmp/wegweiser-bench.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
dotnet build src/Wegweiser.Web -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
Wegweiser__DataFolder="$DATA" Wegweiser__Setup__Recipe=demo Wegweiser__Setup__AdminPassword="Bench-Only-2026!" \
  Serilog__MinimumLevel__Default=Warning Urls="$BASE" \
  dotnet src/Wegweiser.Web/bin/Release/net10.0/Wegweiser.Web.dll >"$DATA/site.log" 2>&1 &
SITE=$!
trap 'kill $SITE 2>/dev/null; wait $SITE 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do curl -fs "$BASE/healthz" >/dev/null 2>&1 && break; sleep 0.2; done

first_link() { curl -fs "$BASE$1" | grep -o "href=\"$1/[a-z0-9-]*\"" | head -n 1 | cut -d'"' -f2; }
gz() { curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE$1"; }
CSS=$(curl -fs "$BASE/de/" | grep -o 'rel="stylesheet" href="[^"]*"' | cut -d'"' -f4)
CSS_BYTES=$(gz "$CSS")

declare -a PAGES=(
  "Startseite|/de/"
  "Liste Angebote|/de/angebote"
  "Liste Kurse mit Filter|/de/kurse?niveau=A1&tageszeit=abends"
  "Thema|/de/themen/sprache-bildung"
  "Angebot|$(first_link /de/angebote)"
  "Kurs|$(first_link /de/kurse)"
  "Verein|$(first_link /de/vereine)"
  "Ehrenamt (mit Formular)|$(first_link /de/ehrenamt)"
  "Veranstaltung|$(first_link /de/veranstaltungen)"
  "Organisation|$(first_link /de/organisationen)"
  "Begriff|$(first_link /de/glossar)"
)

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr); .NET $(dotnet --version); $(date -u +%F)"
echo
echo "| Page | URL | HTML gzip | + CSS gzip | total | budget 60 KB |"
echo "|---|---|---:|---:|---:|---|"
for entry in "${PAGES[@]}"; do
  name=${entry%%|*}; url=${entry#*|}
  html=$(gz "$url"); total=$((html + CSS_BYTES))
  printf "| %s | %s | %d B | %d B | %d B | %s |\n" "$name" "$url" "$html" "$CSS_BYTES" "$total" "$([ $total -lt 61440 ] && echo ok || echo OVER)"
done

echo
echo "| wrk ($DURATION s, 2 threads, 16 connections) | requests/s | latency p50 | p90 | p99 |"
echo "|---|---:|---:|---:|---:|"
for entry in "Startseite|/de/" "Liste Angebote|/de/angebote" "Angebot|$(first_link /de/angebote)"; do
  name=${entry%%|*}; url=${entry#*|}
  curl -fs "$BASE$url" >/dev/null  # warm up
  out=$(wrk -t2 -c16 -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' "$BASE$url")
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$out" | awk '$1=="50%"{print $2}'); p90=$(echo "$out" | awk '$1=="90%"{print $2}'); p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  printf "| %s | %s | %s | %s | %s |\n" "$name" "$rps" "$p50" "$p90" "$p99"
done
