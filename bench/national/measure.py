#!/usr/bin/env python3
"""Small measuring tools for bench/national/run.sh (standard library only).

  measure.py latency URL TOKEN [N] [WARMUP]     GET URL N times in a row: prints "p50 p95 p99 max" in ms
  measure.py pgbench-log FILE...                p50 p95 p99 max (ms) of pgbench -l per-transaction logs
  measure.py stream URL TOKEN PID OUT            GET URL into OUT while sampling PID's RSS every 50 ms:
                                                prints "seconds bytes rss_before_mib rss_peak_mib rss_after_mib"
  measure.py post-file URL TOKEN FILE FIELD      multipart POST of FILE as FIELD: prints "seconds status" and the body
  measure.py import-csv N DEPT FILE             writes a cooperative import CSV of N rows for department DEPT
"""
import http.client
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid


def connect(url):
    u = urllib.parse.urlsplit(url)
    return http.client.HTTPConnection(u.hostname, u.port, timeout=600), u.path + ("?" + u.query if u.query else "")


def percentiles(values):
    values = sorted(values)
    pick = lambda q: values[min(len(values) - 1, int(round(q * (len(values) - 1))))]
    return "%.1f %.1f %.1f %.1f" % (pick(0.50), pick(0.95), pick(0.99), values[-1])


def latency(url, token, n=200, warmup=30):
    conn, path = connect(url)
    headers = {"Authorization": "Bearer " + token}
    times = []
    for i in range(warmup + n):
        start = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        elapsed = (time.perf_counter() - start) * 1000
        if response.status != 200:
            sys.exit("GET %s answered %d" % (url, response.status))
        if i >= warmup:
            times.append(elapsed)
    print(percentiles(times))


def pgbench_log(files):
    times = []
    for name in files:
        with open(name) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 3:
                    times.append(int(parts[2]) / 1000.0)  # µs → ms
    print(percentiles(times))


def rss_mib(pid):
    with open("/proc/%s/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def download(url, token, out, received=None):
    """GETs url into the file out, 64 KiB at a time, calling received(bytes so far) after each; exits unless 200.
    Returns (seconds, bytes)."""
    conn, path = connect(url)
    start = time.perf_counter()
    conn.request("GET", path, headers={"Authorization": "Bearer " + token})
    response = conn.getresponse()
    size = 0
    with open(out, "wb") as f:
        while True:
            chunk = response.read(65536)
            if not chunk:
                break
            size += len(chunk)
            f.write(chunk)
            if received:
                received(size)
    if response.status != 200:
        sys.exit("GET %s answered %d" % (url, response.status))
    return time.perf_counter() - start, size


def stream(url, token, pid, out):
    before = rss_mib(pid)
    peak = [before]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_mib(pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    elapsed, size = download(url, token, out)
    done.set()
    sampler.join()
    print("%.2f %d %.0f %.0f %.0f" % (elapsed, size, before, peak[0], rss_mib(pid)))


def live_heap_mib(pid):
    """The server's live heap: a full GC (jcmd GC.run), then the heap in use just after it."""
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, check=True)
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, check=True).stdout
    match = re.search(r"used (\d+)K", info)
    return int(match.group(1)) / 1024.0 if match else float("nan")


def stream_heap(url, token, pid, out, every_mib="2"):
    """Downloads a streamed export and measures the server's live heap before it, every `every_mib` MiB received
    (a full GC while the server is in the middle of writing), and after it. Prints: seconds, bytes, live heap before,
    max during (and how many samples), after, in MiB. A server that held the rows would grow with the file."""
    step = float(every_mib) * 1024 * 1024
    before = live_heap_mib(pid)
    during = []
    next_sample = [step]

    def received(size):
        if size >= next_sample[0]:
            during.append(live_heap_mib(pid))
            next_sample[0] += step

    elapsed, size = download(url, token, out, received)
    after = live_heap_mib(pid)
    print("%.2f %d %.1f %.1f %d %.1f" % (elapsed, size, before, max(during) if during else float("nan"), len(during), after))


def post_file(url, token, file_name, field):
    boundary = uuid.uuid4().hex
    with open(file_name, "rb") as f:
        content = f.read()
    body = (("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\nContent-Type: text/csv\r\n\r\n"
             % (boundary, field, os.path.basename(file_name))).encode() + content + ("\r\n--%s--\r\n" % boundary).encode())
    conn, path = connect(url)
    start = time.perf_counter()
    conn.request("POST", path, body=body, headers={"Authorization": "Bearer " + token,
                                                   "Content-Type": "multipart/form-data; boundary=" + boundary})
    response = conn.getresponse()
    text = response.read().decode("utf-8", "replace")
    print("%.2f %d" % (time.perf_counter() - start, response.status))
    print(text[:2000])


def import_csv(n, dept, out, header):
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + header + "\r\n")
        for i in range(1, n + 1):
            f.write(";".join([
                "%04d" % i, "École importée n° %d" % i, "École primaire publique", "%d rue de l'Import" % i,
                dept + "00", "VILLE %s-%d" % (dept, i % 50), uai(dept, i), "ce.%s.%d@ac-import.fr" % (dept, i),
                "Mandataire %d" % i, "mandataire.%s.%d@example.org" % (dept, i), "01 23 45 67 89"]) + "\r\n")


def uai(dept, i):
    """A UAI whose letter is the check letter of its 7 digits (23-letter alphabet without I, O, Q)."""
    digits = ("%03d%04d" % (int(dept) % 1000, i % 10000))
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return digits + letters[int(digits) % 23]


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "latency":
        latency(args[0], args[1], *(int(a) for a in args[2:]))
    elif command == "pgbench-log":
        pgbench_log(args)
    elif command == "stream":
        stream(*args)
    elif command == "stream-heap":
        stream_heap(*args)
    elif command == "post-file":
        post_file(*args)
    elif command == "import-csv":
        import_csv(int(args[0]), args[1], args[2], args[3])
    else:
        sys.exit(__doc__)
