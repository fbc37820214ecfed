#!/usr/bin/env python3
"""Load on `tongbao serve`: N clients, each on its own keep-alive connection, asking the search
API in a loop for a while; prints requests, errors and latency percentiles (ms).

    tongbao serve --index DIR --bind 127.0.0.1:8090 &
    python3 benches/serve_load.py http://127.0.0.1:8090 --clients 50 --seconds 30

Queries are the text parts of benches/queries.txt (the filters of a line are left out), asked as
documents and as facts in turn. Standard library only.
"""
import argparse
import http.client
import pathlib
import threading
import time
import urllib.parse


def queries():
    here = pathlib.Path(__file__).resolve().parent
    out = []
    for line in (here / "queries.txt").read_text(encoding="utf-8").splitlines():
        text = line.split("|")[0].strip()
        if text and not text.startswith("#"):
            out.append(text)
    return out or ["投资"]


def client(host, port, paths, stop, lat, errors, lock):
    conn = http.client.HTTPConnection(host, port, timeout=30)
    i = 0
    mine, bad = [], 0
    while not stop.is_set():
        path = paths[i % len(paths)]
        i += 1
        t = time.perf_counter()
        try:
            conn.request("GET", path)
            r = conn.getresponse()
            r.read()
            if r.status != 200:
                bad += 1
        except Exception:
            bad += 1
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=30)
            continue
        mine.append((time.perf_counter() - t) * 1000)
    with lock:
        lat.extend(mine)
        errors[0] += bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    a = ap.parse_args()
    u = urllib.parse.urlparse(a.base)
    paths = []
    for q in queries():
        enc = urllib.parse.quote(q)
        paths += [f"/api/search?q={enc}", f"/api/search?q={enc}&view=facts"]
    stop, lock = threading.Event(), threading.Lock()
    lat, errors = [], [0]
    threads = [threading.Thread(target=client, args=(u.hostname, u.port, paths[k:] + paths[:k], stop, lat, errors, lock)) for k in range(a.clients)]
    for t in threads:
        t.start()
    time.sleep(a.seconds)
    stop.set()
    for t in threads:
        t.join()
    lat.sort()
    pct = lambda p: lat[min(len(lat) - 1, int(p / 100 * len(lat)))] if lat else float("nan")
    print(f"{len(lat)} requests in {a.seconds:.0f} s ({len(lat) / a.seconds:.0f}/s), {errors[0]} errors, "
          f"{a.clients} clients; latency ms p50 {pct(50):.1f} p90 {pct(90):.1f} p99 {pct(99):.1f} max {lat[-1] if lat else 0:.1f}")


if __name__ == "__main__":
    main()
