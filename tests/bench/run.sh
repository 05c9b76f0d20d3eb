#!/usr/bin/env bash
# Benchmark of the public site, the whole picture in one markdown block per site: wrk against
# home, a list, a detail page and the search page, each paired in the same run with nginx serving
# the very same bytes; a mixed load (tests/bench/mixed.lua); the site's RSS after a full crawl of
# its sitemap(s) and 1,000 searches; the time from process start to the first 200 on /de/ with an
# existing database; transferred page sizes. Uses only public URLs and the command-line verbs.
# Stops everything it started (site, nginx) on exit, Ctrl-C or failure.
#
# Usage: tests/bench/run.sh [--sites demo,10000] [--duration SECONDS] [--searches 1000]
#                           [--connections 64] [SECONDS]
#        tests/bench/run.sh --soak [MINUTES] [--sites demo] [--connections 64] [--clients 2000]
#   --sites      comma-separated: "demo" (the demo recipe) and/or entry counts N of a scale site
#                (tests/bench/scale-site.sh N). Default: demo,10000 (with --soak: demo).
#   --duration   seconds per wrk run (default 10; a bare number as the only argument means the same).
#   --searches   searches after the crawl, before RSS is read (default 1000); RSS is read again
#                after WEGWEISER_BENCH_IDLE_SECONDS (default 40) idle.
#   --soak       instead of the benchmark: a mixed load for MINUTES (default 10) with the rate limits
#                on, forms posted from loopback, errors counted, RSS sampled every 30 s
#                (tests/bench/soak.sh); prints "soak: PASS" or "soak: FAIL (…)" and exits 1 on FAIL.
#   --clients    visitor addresses of the soak's GETs (X-Forwarded-For from 198.18.0.0/15; 0 = all
#                from loopback; default 2000).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SITES=demo,10000
DURATION=10
SEARCHES=1000
IDLE_SECONDS=${WEGWEISER_BENCH_IDLE_SECONDS:-40}
CONNECTIONS=64
SOAK=
CLIENTS=2000
SITES_GIVEN=
usage() { sed -n '2,/^set /p' "$0" | grep '^#' | cut -c3-; }
while [ $# -gt 0 ]; do
  case "$1" in
    --sites) SITES=$2; SITES_GIVEN=1; shift 2 ;;
    --soak) if [[ ${2:-} =~ ^[0-9]+$ ]]; then SOAK=$2; shift 2; else SOAK=10; shift; fi ;;
    --clients) CLIENTS=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --duration) DURATION=$2; shift 2 ;;
    --searches) SEARCHES=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    [0-9]*) DURATION=$1; shift ;;
    *) usage; exit 2 ;;
  esac
done
[ -z "$SOAK" ] || [ -n "$SITES_GIVEN" ] || SITES=demo
[[ $CLIENTS =~ ^[0-9]+$ ]] && [ "$CLIENTS" -le 65000 ] || { echo "--clients: a number from 0 to 65000" >&2; exit 2; }
[ "${SOAK:-1}" -ge 1 ] || { echo "--soak: at least 1 minute" >&2; exit 2; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -n "$SOAK" ] || command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq >/dev/null
  # RUNLEVEL=1: the package's own nginx service is not started.
  as_root env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

WORK=$(mktemp -d /tmp/wegweiser-bench.XXXXXX)
chmod 755 "$WORK"
SITE_PID=
NGINX_PID=
stop_site() { if [ -n "$SITE_PID" ]; then kill "$SITE_PID" 2>/dev/null || true; wait "$SITE_PID" 2>/dev/null || true; SITE_PID=; fi; }
stop_nginx() { if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=; fi; }
cleanup() { ! declare -F stop_sampler >/dev/null || stop_sampler; stop_site; stop_nginx; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
trap 'echo "run.sh: line $LINENO failed: $BASH_COMMAND" >&2' ERR

echo "Building (Release) …" >&2
dotnet build src/Wegweiser.Web -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
dotnet build tests/bench/ScaleSite -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null
# The executable runs in its output folder, whose appsettings.json names the seven cultures.
SITE_BIN=$ROOT/src/Wegweiser.Web/bin/Release/net10.0
TOOL="python3 $ROOT/tests/bench/benchtool.py"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
load() { cut -d' ' -f1 /proc/loadavg; }
now() { date +%s.%N; }
site_env() {
  env Wegweiser__DataFolder="$DATA" Wegweiser__RecipesFolder="$ROOT/content-recipes" Wegweiser__Setup__Recipe=none \
    Wegweiser__Setup__AdminPassword="Bench-Only-2026!" Serilog__MinimumLevel__Default=Warning "$@"
}
# Starts the site on DATA and a free port; sets BASE and STARTUP_MS (process start to first 200 on /de/).
# The site runs as in production (so it needs its public address); the load comes from one address,
# so the per-address rate limits are off (the soak turns them on).
RATE_LIMITS=false
start_site() {
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  local t0 code=000
  t0=$(now)
  (cd "$SITE_BIN" && exec env Urls="$BASE" Wegweiser__DataFolder="$DATA" Wegweiser__RecipesFolder="$ROOT/content-recipes" \
    Wegweiser__Setup__Recipe=none Wegweiser__Setup__AdminPassword="Bench-Only-2026!" Serilog__MinimumLevel__Default=Warning \
    Wegweiser__PublicBaseUrl="$BASE" Wegweiser__RateLimits__Enabled=$RATE_LIMITS \
    dotnet Wegweiser.Web.dll) >>"$DATA/site.out" 2>&1 &
  SITE_PID=$!
  for _ in $(seq 1 6000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/de/" || true)
    [ "$code" = 200 ] && break
    kill -0 "$SITE_PID" 2>/dev/null || { tail -n 30 "$DATA/site.out" >&2; echo "The site stopped." >&2; exit 1; }
    sleep 0.05
  done
  [ "$code" = 200 ] || { echo "The site did not answer 200 on /de/." >&2; exit 1; }
  STARTUP_MS=$(python3 -c "import sys; print(round((float(sys.argv[2]) - float(sys.argv[1])) * 1000))" "$t0" "$(now)")
}
# Waits until the search index answers a search (the site builds it at start-up).
wait_for_search() {
  for _ in $(seq 1 600); do
    curl -fs "$BASE/api/suche?q=deutschkurs&kultur=de" | grep -qi 'deutschkurs\|sprachkurs' && return 0
    sleep 0.5
  done
  echo "warning: the search found nothing for 'deutschkurs' after 5 minutes" >&2
}
rss_mb() { awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$SITE_PID/status"; }
# VmRSS in parts: anonymous (heaps, JIT data), file-backed (assemblies, ICU data, the mapped search
# index) and shared (.NET maps JIT code through a memfd twice, writable and executable, for W^X;
# VmRSS counts each mapping).
rss_parts() { awk '/RssAnon|RssFile|RssShmem/{sub(":", "", $1); sub("Rss", "", $1); printf "%s%s %.0f", sep, tolower($1), $2/1024; sep=", "}' "/proc/$SITE_PID/status"; }

start_nginx() {
  NG=$WORK/nginx
  mkdir -p "$NG/root" "$NG/tmp"
  chmod 755 "$NG" "$NG/root"
  NGINX_PORT=$(free_port)
  local locations="" i=0 url ct mime charset
  for url in "$@"; do
    i=$((i + 1))
    ct=$(curl -fs -o "$NG/root/p$i" -w '%{content_type}' "$BASE$url")
    chmod 644 "$NG/root/p$i"
    mime=${ct%%;*}
    charset=$(echo "$ct" | sed -n 's/.*charset=\([^; ]*\).*/\1/p')
    locations+="    location = /p$i { default_type $mime; ${charset:+charset $charset;} }"$'\n'
  done
  cat >"$NG/nginx.conf" <<CONF
$([ "$(id -u)" -eq 0 ] && echo "user root root;")
worker_processes auto;
pid $NG/nginx.pid;
error_log $NG/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $NG/tmp/body; proxy_temp_path $NG/tmp/proxy; fastcgi_temp_path $NG/tmp/fastcgi;
  uwsgi_temp_path $NG/tmp/uwsgi; scgi_temp_path $NG/tmp/scgi;
  sendfile on; tcp_nopush on; keepalive_requests 1000000; keepalive_timeout 65;
  gzip on; gzip_types text/html application/json application/xml text/xml application/atom+xml image/svg+xml;
  charset_types text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $NG/root;
$locations  }
}
CONF
  "$NGINX" -p "$NG" -c "$NG/nginx.conf" -g 'daemon off;' >"$NG/out.log" 2>&1 &
  NGINX_PID=$!
  for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/p1" && return 0; sleep 0.05; done
  cat "$NG/out.log" "$NG/error.log" >&2; echo "nginx did not start." >&2; exit 1
}

# "rps p50 p99 non2xx socket_errors" of one wrk run; extra arguments go to wrk.
run_wrk() {
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' "$@" | $TOOL wrk
}
# The first link below a list; a whole page is read first (a pipe closed early by head would fail).
first_link() {
  local page
  page=$(curl -fs "$BASE$1") || return 0
  grep -o "href=\"$1/[a-z0-9-]*\"" <<<"$page" | head -n 1 | cut -d'"' -f2 || true
}
gz() { curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE$1"; }
fmt() { python3 -c "import sys; print(f'{float(sys.argv[1]):,.0f}')" "$1"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / max(float(sys.argv[2]), 1):.2f}')" "$1" "$2"; }
yes_no() { python3 -c "import sys; print('yes' if eval(sys.argv[1]) else '**no**')" "$1"; }

# Measures one site (DATA holds its database) and prints its markdown block.
bench_site() {
  local title=$1 rows="" sizes=""
  start_site
  local first_start=$STARTUP_MS
  wait_for_search
  local rss_start
  rss_start=$(rss_mb)
  echo "[$title] site on $BASE (first start $first_start ms, RSS $rss_start MB)" >&2

  # Page sizes: HTML gzip + the one CSS file, budget 60 KB.
  local css css_bytes
  css=$(curl -fs "$BASE/de/" | grep -o 'rel="stylesheet" href="[^"]*"' | head -n 1 | cut -d'"' -f4 || true)
  css_bytes=$(gz "$css")
  local detail
  detail=$(first_link /de/angebote)
  local -a pages=(
    "Startseite|/de/" "Liste Angebote|/de/angebote" "Liste Kurse mit Filter|/de/kurse?niveau=A1&tageszeit=abends"
    "Thema|/de/themen/sprache-bildung" "Angebot|$detail" "Kurs|$(first_link /de/kurse)" "Verein|$(first_link /de/vereine)"
    "Ehrenamt (mit Formular)|$(first_link /de/ehrenamt)" "Veranstaltung|$(first_link /de/veranstaltungen)"
    "Organisation|$(first_link /de/organisationen)" "Begriff|$(first_link /de/glossar)" "Suche|/de/suche?q=deutschkurs"
  )
  local entry name url html total
  for entry in "${pages[@]}"; do
    name=${entry%%|*}; url=${entry#*|}
    [ -n "$url" ] || continue
    html=$(gz "$url"); total=$((html + css_bytes))
    sizes+=$(printf "| %s | %s | %d B | %d B | %d B | %s |" "$name" "$url" "$html" "$css_bytes" "$total" "$([ $total -le 61440 ] && echo ok || echo OVER)")$'\n'
  done
  local list_bytes
  list_bytes=$(gz /de/angebote)

  # wrk: the site and nginx with the same bytes, one right after the other.
  local -a targets=("Startseite|/de/" "Liste Angebote|/de/angebote" "Angebot|$detail" "Suche|/de/suche?q=deutschkurs")
  local -a urls=()
  for entry in "${targets[@]}"; do urls+=("${entry#*|}"); done
  start_nginx "${urls[@]}"
  local i=0 site_r nginx_r s n target met
  for entry in "${targets[@]}"; do
    i=$((i + 1)); name=${entry%%|*}; url=${entry#*|}
    echo "[$title] wrk $name …" >&2
    curl -fs -o /dev/null "$BASE$url"; curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/p$i"
    site_r=$(run_wrk "$BASE$url"); nginx_r=$(run_wrk "http://127.0.0.1:$NGINX_PORT/p$i")
    read -r -a s <<<"$site_r"; read -r -a n <<<"$nginx_r"
    if [ "$name" = Suche ]; then
      target="≥ 2,000 req/s, p99 < 50 ms"; met=$(yes_no "${s[0]} >= 2000 and ${s[2]} < 50")
    else
      target="≥ 0.5× nginx, p99 < 20 ms"; met=$(yes_no "${s[0]} >= 0.5 * ${n[0]} and ${s[2]} < 20")
    fi
    local errors=""
    [ "${s[3]}" = 0 ] && [ "${s[4]}" = 0 ] || errors=", **${s[3]} non-2xx/3xx, ${s[4]} socket errors**"
    rows+="| $name \`$url\` | $(fmt "${s[0]}") req/s, p50 ${s[1]} ms, p99 ${s[2]} ms$errors | $(fmt "${n[0]}") req/s, p50 ${n[1]} ms, p99 ${n[2]} ms | $(ratio "${s[0]}" "${n[0]}") | $target | $met | $(load) |"$'\n'
  done
  stop_nginx

  # Mixed load.
  $TOOL mixed "$BASE" "$WORK/mixed.txt"
  local bad
  bad=$($TOOL status "$BASE" "$WORK/mixed.txt" | head -n 5)
  [ -z "$bad" ] || echo "[$title] mixed paths not answered 2xx/3xx before the run: $bad" >&2
  echo "[$title] wrk mixed ($(wc -l <"$WORK/mixed.txt") paths) …" >&2
  read -r -a s <<<"$(run_wrk -s "$ROOT/tests/bench/mixed.lua" "$BASE" -- "$WORK/mixed.txt")"
  met=$(yes_no "${s[0]} >= 3000 and ${s[2]} < 50 and ${s[3]} == 0 and ${s[4]} == 0")
  rows+="| Mixed ($(wc -l <"$WORK/mixed.txt") paths, tests/bench/mixed.lua) | $(fmt "${s[0]}") req/s, p50 ${s[1]} ms, p99 ${s[2]} ms; ${s[3]} non-2xx/3xx, ${s[4]} socket errors | – | – | ≥ 3,000 req/s, p99 < 50 ms, no errors | $met | $(load) |"$'\n'

  # RSS after a full crawl of the sitemap(s) and the searches.
  $TOOL sitemap "$BASE" >"$WORK/crawl.txt"
  echo "[$title] crawl of $(wc -l <"$WORK/crawl.txt") pages and $SEARCHES searches …" >&2
  local crawl searches
  read -r -a crawl <<<"$($TOOL crawl "$BASE" "$WORK/crawl.txt" 4)"
  read -r -a searches <<<"$($TOOL searches "$BASE" "$SEARCHES" 4)"
  local rss rss_idle rss_parts_now rss_idle_parts
  rss=$(rss_mb)
  rss_parts_now=$(rss_parts)
  # A quiet site gives unused memory back after 10 s without a request (Infrastructure/MemoryTrimmer).
  echo "[$title] RSS $rss MB right after the crawl; waiting ${IDLE_SECONDS} s idle …" >&2
  sleep "$IDLE_SECONDS"
  rss_idle=$(rss_mb)
  rss_idle_parts=$(rss_parts)
  rows+="| RSS (VmRSS) after crawling $(fmt "${crawl[0]}") sitemap pages (${crawl[2]} s, ${crawl[1]} failed) and ${searches[0]} searches (${searches[2]} s, ${searches[1]} failed) | $rss MB right after ($rss_parts_now MB), $rss_idle MB after ${IDLE_SECONDS} s idle ($rss_idle_parts MB; after start: $rss_start MB) | – | – | ≤ 300 MB with 10k entries | $(yes_no "$rss <= 300") right after, $(yes_no "$rss_idle <= 300") idle | $(load) |"$'\n'

  # Restart on the same data folder.
  stop_site
  start_site
  rows+="| Start to first 200 on \`/de/\`, existing database | $STARTUP_MS ms (first start of this folder: $first_start ms) | – | – | – | – | $(load) |"$'\n'
  rows+="| \`/de/angebote\` transferred (HTML gzip) | $(fmt "$list_bytes") B | – | – | ≤ 30 KB | $(yes_no "$list_bytes <= 30720") | – |"$'\n'
  stop_site

  local RESULT=""
  RESULT+="### $title"$'\n\n'
  RESULT+="| Measure (wrk -t2 -c$CONNECTIONS, ${DURATION} s, gzip) | Wegweiser | nginx, same bytes | site/nginx | target | met | load (1 min) |"$'\n'
  RESULT+="|---|---|---|---:|---|---|---:|"$'\n'
  RESULT+=$rows$'\n'
  RESULT+="| Page | URL | HTML gzip | + CSS gzip | total | budget 60 KB |"$'\n'
  RESULT+="|---|---|---:|---:|---:|---|"$'\n'
  RESULT+=$sizes$'\n'
  printf '%s\n' "$RESULT"
}

machine() {
  local runtime
  runtime=$(dotnet --list-runtimes | awk '/Microsoft.AspNetCore.App/{v=$2} END{print v}')
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr); .NET SDK $(dotnet --version), runtime $runtime;" \
    "$(date -u '+%F %H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg); $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))"
  echo
}
if [ -n "$SOAK" ]; then
  # shellcheck source=tests/bench/soak.sh
  source "$ROOT/tests/bench/soak.sh"
  RATE_LIMITS=true
fi
measure_site() { if [ -n "$SOAK" ]; then soak_site "$@"; else bench_site "$@"; fi; }
machine
IFS=, read -r -a SITE_LIST <<<"$SITES"
for size in "${SITE_LIST[@]}"; do
  DATA=$WORK/site-$size
  mkdir -p "$DATA"
  if [ "$size" = demo ]; then
    echo "[demo] setup --recipe demo …" >&2
    (cd "$SITE_BIN" && site_env dotnet Wegweiser.Web.dll setup --recipe demo) >"$WORK/setup-demo.log" 2>&1 \
      || { cat "$WORK/setup-demo.log" >&2; exit 1; }
    info=$(grep -o '([0-9]* Einträge' "$WORK/setup-demo.log" | tr -dc 0-9)
    measure_site "Demo site (recipe demo: $info entries)"
  else
    echo "[$size] tests/bench/scale-site.sh $size …" >&2
    SCALE_SITE_NO_BUILD=1 tests/bench/scale-site.sh "$size" "$DATA" >"$WORK/scale.log" 2>&1 || { cat "$WORK/scale.log" >&2; exit 1; }
    tail -n 1 "$WORK/scale.log" >&2
    info=$(tail -n 1 "$WORK/scale.log" | sed -n 's/.*; \([0-9]* entries applied[^,;]*\), \([0-9]* search documents\).*/\1, \2/p')
    measure_site "Scale site ($size generated entries; $info)"
  fi
  rm -rf "$DATA"
done

machine
[ "${SOAK_FAILED:-0}" = 0 ] || exit 1
