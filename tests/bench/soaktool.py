#!/usr/bin/env python3
"""Helpers of tests/bench/soak.sh (Python standard library only; reuses benchtool.py).

  soaktool.py paths BASE FILE      GET paths of the soak: the mixed load's paths plus take-along files
                                   (vCard, iCal, printable card) and robots.txt, written to FILE
  soaktool.py forms BASE FILE      one line per public form ("Fehler melden", contact request): path,
                                   antiforgery cookie and a valid form body, tab-separated, written to FILE
  soaktool.py status BASE FILE     GET every path of FILE once (from an address of its own); prints those not 2xx/3xx
  soaktool.py db DATABASE          "bytes suggestions contact_requests" of the SQLite database (read-only)
  soaktool.py report ARGS…         the markdown block and the verdict; exit code 1 on failure (see report())
"""
import contextlib
import http.client
import io
import os
import re
import sqlite3
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchtool  # noqa: E402

# The preparation counts against the limits of an address of its own, not loopback's or the load's.
benchtool.Client.headers = {"X-Forwarded-For": "203.0.113.1"}
TAKE_ALONG = ("/kontakt.vcf", "/kalender.ics", "/karte")


def detail_pages(base):
    """Detail pages of the sitemap (culture, section, slug), German ones first."""
    _, pages = benchtool.sitemap_documents(base)
    details = [p for p in pages if p.count("/") == 3 and "/themen/" not in p and "/alltag/" not in p]
    return sorted(details, key=lambda p: not p.startswith("/de/"))


def links_of(client, page, suffixes):
    status, body = client.get(page)
    if status != 200:
        return []
    hrefs = re.findall(r'href="([^"]+)"', body.decode("utf-8", "replace"))
    return [h for h in hrefs if h.startswith(page + "/") and h.endswith(suffixes)]


def soak_paths(base):
    paths = benchtool.mixed_paths(base)
    client = benchtool.Client(base)
    found = {suffix: [] for suffix in TAKE_ALONG}
    details = detail_pages(base)
    step = max(1, len(details) // 80)
    for page in details[::step]:
        for link in links_of(client, page, TAKE_ALONG):
            bucket = found[next(s for s in TAKE_ALONG if link.endswith(s))]
            if len(bucket) < 4 and link not in bucket:
                bucket.append(link)
        if all(len(b) >= 4 for b in found.values()):
            break
    for suffix, links in found.items():
        if not links:
            print(f"warning: no detail page links a {suffix[1:]}", file=sys.stderr)
        paths += links
    return paths + ["/robots.txt"]


def form_of(base, path):
    """Cookie and hidden token of a form page: a pair that stays valid for this anonymous visitor."""
    parts = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    cookie = next((c.split(";", 1)[0] for c in response.headers.get_all("Set-Cookie") or [] if "antiforgery" in c), None)
    token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', body)
    if response.status != 200 or cookie is None or token is None:
        sys.exit(f"{path}: HTTP {response.status}, no antiforgery cookie or token")
    connection.close()
    return cookie, token.group(1)


def forms(base):
    client = benchtool.Client(base)
    details = detail_pages(base)
    suggest, contact = [], []
    for page in details[:: max(1, len(details) // 40)]:
        suggest += links_of(client, page, ("/fehler-melden",))[:1]
        if len(suggest) >= 2:
            break
    for page in (p for p in details if "/ehrenamt/" in p):
        # The contact form is part of the page; it posts to PAGE/anfrage, which also answers GET.
        status, body = client.get(page)
        if status == 200 and f'action="{page}/anfrage"' in body.decode("utf-8", "replace"):
            contact.append(page + "/anfrage")
        if len(contact) >= 2:
            break
    for kind, found in (("Fehler melden", suggest), ("contact request", contact)):
        if not found:
            print(f"warning: no page offers a {kind} form", file=sys.stderr)
    lines = []
    for path in suggest + contact:
        cookie, token = form_of(base, path)
        if path.endswith("/fehler-melden"):
            fields = {"Message": "Lasttest: die Öffnungszeiten stimmen nicht (soak).", "Reach": "", "Website": ""}
        else:
            fields = {"Input.Name": "Lasttest Soak", "Input.Reach": "soak@example.org",
                      "Input.Message": "Lasttest: ich möchte mitmachen (soak).", "Input.Website": ""}
        fields["__RequestVerificationToken"] = token
        lines.append(f"{path}\t{cookie}\t{urllib.parse.urlencode(fields)}")
    return lines


def status(base, file):
    """GET every path once (from yet another address); prints those not answered 2xx/3xx."""
    benchtool.Client.headers = {"X-Forwarded-For": "203.0.113.2"}
    client = benchtool.Client(base)
    for path in (line.strip() for line in open(file, encoding="utf-8")):
        if path:
            code, _ = client.get(path)
            if not 200 <= code < 400:
                print(f"HTTP {code} {path}")


def db_state(database):
    size = sum(os.path.getsize(database + suffix) for suffix in ("", "-wal") if os.path.exists(database + suffix))
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)) as db:
        suggestions = db.execute("SELECT COUNT(*) FROM Suggestions").fetchone()[0]
        requests = db.execute("SELECT COUNT(*) FROM ContactRequests").fetchone()[0]
    return f"{size} {suggestions} {requests}"


def wrk_numbers(text):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        benchtool.parse_wrk(text)
    rps, p50, p99, _, _ = out.getvalue().split()
    total = re.search(r"(\d+) requests in", text)
    counts = re.search(r"^soak-counts ((?:\d+ ?){10})$", text, re.M)
    if counts is None:
        sys.exit("wrk printed no soak-counts line (did tests/bench/soak.lua run?)")
    return int(total.group(1)) if total else 0, float(rps), float(p50), float(p99), [int(n) for n in counts.group(1).split()]


def report(title, minutes, connections, clients, posts, wrk_file, rss_file, db_before, db_after, log_file, load):
    """Prints the markdown block; returns 0 for PASS, 1 for FAIL."""
    total, rps, p50, p99, counts = wrk_numbers(open(wrk_file, encoding="utf-8").read())
    ok2, ok3, limited, other4, server, connect, read, write, timeout, posts_sent = counts
    sockets = connect + read + write + timeout
    samples = [tuple(map(float, line.split())) for line in open(rss_file, encoding="utf-8") if line.strip()]
    minute2 = min(samples, key=lambda s: abs(s[0] - 120))
    end = samples[-1]
    ratio = end[1] / minute2[1] if minute2[1] else 0
    size0, sugg0, req0 = map(int, db_before.split())
    size1, sugg1, req1 = map(int, db_after.split())
    log_errors = [line.rstrip() for line in open(log_file, encoding="utf-8", errors="replace") if re.search(r"\b(ERR|FTL)\]", line)]

    problems = []
    if total == 0:
        problems.append("no requests")
    if other4:
        problems.append(f"{other4} other 4xx")
    if server:
        problems.append(f"{server} 5xx")
    if sockets:
        problems.append(f"{sockets} socket errors/timeouts")
    if ratio > 1.10:
        problems.append(f"RSS grew {100 * (ratio - 1):.0f} % from minute 2 to the end")
    if log_errors:
        problems.append(f"{len(log_errors)} error lines in the site's log")
    seconds = end[0] or minutes * 60

    def share(n):
        return f"{n:,} ({100 * n / total:.2f} %)" if total else f"{n:,}"

    print(f"### Soak: {title}, {minutes} min\n")
    visitors = f"{int(clients):,} visitor addresses (X-Forwarded-For, 198.18.0.0/15)" if int(clients) else "loopback only"
    print(f"wrk -t2 -c{connections} -d{minutes}m --timeout 10s -s tests/bench/soak.lua, gzip; GETs from {visitors}; "
          f"{posts} form posts a second per thread from loopback with valid antiforgery tokens; rate limits on (defaults).\n")
    print("| Measure | Value |")
    print("|---|---|")
    print(f"| Requests | {total:,} in {seconds:.0f} s = {rps:,.0f} req/s; p50 {p50:.1f} ms, p99 {p99:.1f} ms |")
    print(f"| 2xx | {share(ok2)} |")
    print(f"| 3xx (an accepted form post redirects) | {share(ok3)} |")
    print(f"| 429 (intended: per-address limits) | {share(limited)} |")
    print(f"| other 4xx | {share(other4)} |")
    print(f"| 5xx | {share(server)} |")
    print(f"| Form posts sent (\"Fehler melden\", contact requests) | {posts_sent:,} |")
    print(f"| socket errors / timeouts | connect {connect}, read {read}, write {write}, timeout {timeout} |")
    print(f"| error lines in the site's log | {len(log_errors)} |")
    print(f"| RSS at minute {minute2[0] / 60:.1f} / at the end ({end[0] / 60:.1f} min) | {minute2[1]:.0f} MB / {end[1]:.0f} MB = {ratio:.2f} (limit 1.10) |")
    print(f"| RSS samples every 30 s (MB) | {', '.join(f'{s[1]:.0f}' for s in samples)} |")
    print(f"| Database (file + WAL) | {size0 / 1024:,.0f} KB → {size1 / 1024:,.0f} KB; suggestions {sugg0} → {sugg1}, contact requests {req0} → {req1} |")
    print(f"| Load average (1 min) at the end | {load} |")
    print()
    for line in log_errors[:5]:
        print(f"    {line[:300]}")
    if log_errors:
        print()
    if problems:
        print(f"soak: FAIL ({'; '.join(problems)})")
        return 1
    print("soak: PASS")
    return 0


def main(args):
    command = args[0] if args else "help"
    if command == "paths":
        with open(args[2], "w", encoding="utf-8") as out:
            out.write("\n".join(soak_paths(args[1])) + "\n")
    elif command == "forms":
        with open(args[2], "w", encoding="utf-8") as out:
            out.write("\n".join(forms(args[1])) + "\n")
    elif command == "status":
        status(args[1], args[2])
    elif command == "db":
        print(db_state(args[1]))
    elif command == "report":
        sys.exit(report(*args[1:]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
