# Soak of one site, sourced by tests/bench/run.sh for `--soak MINUTES` (it uses run.sh's
# start_site, wait_for_search, rss_mb and stop_site). The site runs with its rate limits on
# (defaults). wrk drives tests/bench/soak.lua for MINUTES: the mixed load's public pages in seven
# languages, lists, topics, details, the search page, /api/suche, suggestions, sitemaps, the feed,
# QR codes, vCards, iCal files, printable cards and robots.txt, as CLIENTS visitor addresses
# (X-Forwarded-For from 198.18.0.0/15, the benchmarking range), plus 2 form posts a second per
# wrk thread ("Fehler melden" and contact requests with valid antiforgery tokens) from loopback
# itself, so the form limit answers 429 after its first 5.
# Every 30 s the site's RSS is sampled. tests/bench/soaktool.py prints the markdown block and the
# verdict; a failed soak sets SOAK_FAILED=1 (run.sh then exits 1).
SOAKTOOL="python3 $ROOT/tests/bench/soaktool.py"
SOAK_POSTS_PER_THREAD=2
SOAK_FAILED=0
SAMPLER_PID=

stop_sampler() { if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=; fi; }

# Appends "seconds rss_mb" to FILE now and then every 30 s from T0 (epoch seconds) on.
sample_rss() {
  local t0=$1 file=$2 i=0 pause
  while kill -0 "$SITE_PID" 2>/dev/null; do
    echo "$(($(date +%s) - t0)) $(rss_mb)" >>"$file"
    i=$((i + 1))
    pause=$((t0 + 30 * i - $(date +%s)))
    sleep $((pause > 0 ? pause : 1))
  done
}

soak_site() {
  local title=$1 minutes=$SOAK
  start_site
  wait_for_search
  echo "[$title] site on $BASE (start $STARTUP_MS ms, RSS $(rss_mb) MB, rate limits on)" >&2
  $SOAKTOOL paths "$BASE" "$WORK/soak-paths.txt"
  $SOAKTOOL forms "$BASE" "$WORK/soak-forms.txt"
  local bad
  bad=$($SOAKTOOL status "$BASE" "$WORK/soak-paths.txt" | head -n 5)
  [ -z "$bad" ] || echo "[$title] soak paths not answered 2xx/3xx before the run: $bad" >&2
  local db_before db_after
  db_before=$($SOAKTOOL db "$DATA/wegweiser.db")

  echo "[$title] soak: wrk $minutes min, $(wc -l <"$WORK/soak-paths.txt") paths, $(wc -l <"$WORK/soak-forms.txt") forms, $CLIENTS visitor addresses …" >&2
  : >"$WORK/soak-rss.txt"
  local t0
  t0=$(date +%s)
  sample_rss "$t0" "$WORK/soak-rss.txt" &
  SAMPLER_PID=$!
  wrk -t2 -c"$CONNECTIONS" -d"${minutes}m" --timeout 10s --latency -H 'Accept-Encoding: gzip' -s "$ROOT/tests/bench/soak.lua" "$BASE" \
    -- "$WORK/soak-paths.txt" "$WORK/soak-forms.txt" "$SOAK_POSTS_PER_THREAD" "$CLIENTS" >"$WORK/soak-wrk.txt" 2>&1 \
    || { cat "$WORK/soak-wrk.txt" >&2; echo "wrk failed." >&2; exit 1; }
  stop_sampler
  echo "$(($(date +%s) - t0)) $(rss_mb)" >>"$WORK/soak-rss.txt"
  db_after=$($SOAKTOOL db "$DATA/wegweiser.db")
  local load_end
  load_end=$(load)
  stop_site

  if ! $SOAKTOOL report "$title" "$minutes" "$CONNECTIONS" "$CLIENTS" "$SOAK_POSTS_PER_THREAD" "$WORK/soak-wrk.txt" "$WORK/soak-rss.txt" \
    "$db_before" "$db_after" "$DATA/site.out" "$load_end"; then
    SOAK_FAILED=1
  fi
  echo
}
