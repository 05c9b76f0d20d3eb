#!/usr/bin/env python3
"""Helpers of tests/bench/run.sh (Python standard library only).

  benchtool.py sitemap BASE             every page path of the sitemap (a urlset or a sitemapindex)
  benchtool.py sitemaps BASE            the sitemap documents themselves (/sitemap.xml and any children)
  benchtool.py crawl BASE FILE THREADS  GET every path of FILE; prints "requests failures seconds"
  benchtool.py searches BASE N THREADS  N searches in several cultures; prints "requests failures seconds"
  benchtool.py mixed BASE FILE          writes the path list of the mixed load (tests/bench/mixed.lua) to FILE
  benchtool.py wrk                      reads wrk's output on stdin; prints "rps p50_ms p99_ms non2xx socket_errors"
  benchtool.py status BASE FILE         GET every path of FILE once; prints those not answered 2xx/3xx
"""
import http.client
import re
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

# Words a visitor types, per culture (German compounds, typos, other scripts).
QUERIES = {
    "de": ["deutschkurs", "sprachkurs", "beratung", "migrationsberatung arnstadt", "kinderbetreuung", "hausaufgabenhilfe",
           "integrationskurs a1", "wohnung", "schuldnerberatung ilmenau", "sportverein", "chor", "jobmesse", "ehrenamt",
           "sozialberatung", "alphabetisierung", "frauen", "familien stadtilm", "dolmetscher", "bewerbung", "sprachcafe",
           "migrationsberatng", "kleiderkamer", "anerkennung", "gesundheit", "fahrrad"],
    "en": ["german course", "advice", "language course", "childcare", "football club", "housing", "job fair"],
    "ar": ["دورة لغة", "استشارات", "السكن", "نادي", "الأطفال"],
    "fa": ["کلاس زبان", "مشاوره", "مسکن", "کودکان"],
    "uk": ["мовний курс", "консультація", "житло", "діти"],
    "ru": ["языковой курс", "консультация", "жильё", "дети"],
    "tr": ["dil kursu", "danışmanlık", "konut", "çocuk"],
}


class Client:
    """One keep-alive connection per thread; reconnects after any error."""

    # Headers of every request (soaktool.py sends its preparation as a visitor address of its own).
    headers = {}

    def __init__(self, base):
        parts = urllib.parse.urlsplit(base)
        self.host, self.port = parts.hostname, parts.port
        self.conn = None

    def get(self, path, headers=None):
        for attempt in range(2):
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
                self.conn.request("GET", path, headers={**Client.headers, **(headers or {})})
                response = self.conn.getresponse()
                body = response.read()
                return response.status, body
            except (OSError, http.client.HTTPException):
                self.conn = None
                if attempt == 1:
                    return 0, b""
        return 0, b""


def path_of(url):
    parts = urllib.parse.urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def sitemap_documents(base):
    client = Client(base)
    todo, seen, pages = ["/sitemap.xml"], [], []
    while todo:
        path = todo.pop(0)
        status, body = client.get(path)
        if status != 200:
            sys.exit(f"{path}: HTTP {status}")
        seen.append(path)
        root = ET.fromstring(body)
        locs = [path_of(loc.text.strip()) for loc in root.iter(NS + "loc")]
        if root.tag == NS + "sitemapindex":
            todo.extend(locs)
        else:
            pages.extend(locs)
    return seen, pages


def run_threads(base, paths, threads, headers=None):
    failures, lock, index = [], threading.Lock(), [0]

    def work():
        client = Client(base)
        while True:
            with lock:
                if index[0] >= len(paths):
                    return
                path = paths[index[0]]
                index[0] += 1
            status, _ = client.get(path, headers)
            if not 200 <= status < 400:
                with lock:
                    failures.append((status, path))

    started = time.monotonic()
    workers = [threading.Thread(target=work) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return failures, time.monotonic() - started


def search_paths(n):
    paths, cultures = [], list(QUERIES)
    for i in range(n):
        culture = "de" if i % 2 == 0 else cultures[i % len(cultures)]
        words = QUERIES[culture]
        query = words[(i // 2) % len(words)]
        if i % 5 == 0:
            query += " " + words[(i * 7 + 3) % len(words)]
        paths.append(f"/{culture}/suche?q={urllib.parse.quote(query)}")
    return paths


def mixed_paths(base):
    sitemaps, pages = sitemap_documents(base)
    cultures = ["de", "en", "ar", "fa", "uk", "ru", "tr"]
    paths = [f"/{c}/" for c in cultures]
    sections = ["angebote", "kurse", "vereine", "ehrenamt", "veranstaltungen", "organisationen", "glossar"]
    paths += [f"/de/{s}" for s in sections] + [f"/{c}/{s}" for c in ("ar", "en", "uk") for s in sections[:3]]
    paths += ["/de/kurse?niveau=A1&tageszeit=abends", "/de/angebote?seite=2"]
    topics = ["sprache-bildung", "ausbildung-arbeit", "wohnen", "gesundheit-soziales", "kultur-freizeit-sport", "interkulturelle-oeffnung"]
    paths += [f"/de/themen/{t}" for t in topics] + ["/ar/themen/sprache-bildung", "/fa/themen/wohnen"]
    details = [p for p in pages if p.count("/") >= 3 and "/themen/" not in p]
    step = max(1, len(details) // 60)
    picked = details[::step][:60]
    paths += picked
    # QR codes exist only for types with a contact card (not glossary terms or pages).
    carded = [p for p in picked if p.split("/")[2] in ("angebote", "kurse", "vereine", "ehrenamt", "veranstaltungen", "organisationen")]
    paths += [p + "/qr.svg" for p in carded[:: max(1, len(carded) // 4)][:4]]
    paths += search_paths(24)
    for q in ["deutschkurs", "beratung arnstadt", "sportverein", "wohnung"]:
        paths.append(f"/api/suche?q={urllib.parse.quote(q)}&kultur=de")
    for q in ["deu", "sprach", "berat", "migr"]:
        paths.append(f"/api/vorschlaege?q={urllib.parse.quote(q)}&kultur=de")
    paths += sitemaps + ["/de/neu.atom"]
    return paths


def parse_wrk(text):
    def ms(value):
        number, unit = re.match(r"([\d.]+)(us|ms|s|m)", value).groups()
        return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]

    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    p50 = re.search(r"^\s+50%\s+(\S+)", text, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    socket_errors = sum(int(g) for g in sockets.groups()) if sockets else 0
    print(f"{float(rps.group(1)) if rps else 0:.0f} {ms(p50.group(1)) if p50 else 0:.2f} {ms(p99.group(1)) if p99 else 0:.2f} "
          f"{int(non2xx.group(1)) if non2xx else 0} {socket_errors}")


def main(args):
    command = args[0]
    if command == "sitemap":
        print("\n".join(sitemap_documents(args[1])[1]))
    elif command == "sitemaps":
        print("\n".join(sitemap_documents(args[1])[0]))
    elif command == "crawl":
        paths = [line.strip() for line in open(args[2], encoding="utf-8") if line.strip()]
        failures, seconds = run_threads(args[1], paths, int(args[3]), {"Accept-Encoding": "gzip"})
        print(f"{len(paths)} {len(failures)} {seconds:.1f}")
        for status, path in failures[:10]:
            print(f"  HTTP {status} {path}", file=sys.stderr)
    elif command == "searches":
        paths = search_paths(int(args[2]))
        failures, seconds = run_threads(args[1], paths, int(args[3]), {"Accept-Encoding": "gzip"})
        print(f"{len(paths)} {len(failures)} {seconds:.1f}")
        for status, path in failures[:10]:
            print(f"  HTTP {status} {path}", file=sys.stderr)
    elif command == "mixed":
        with open(args[2], "w", encoding="utf-8") as out:
            out.write("\n".join(mixed_paths(args[1])) + "\n")
    elif command == "status":
        client = Client(args[1])
        for path in (line.strip() for line in open(args[2], encoding="utf-8")):
            if path:
                status, _ = client.get(path)
                if not 200 <= status < 400:
                    print(f"HTTP {status} {path}")
    elif command == "wrk":
        parse_wrk(sys.stdin.read())
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:] or ["help"])
