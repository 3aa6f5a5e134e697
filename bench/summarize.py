#!/usr/bin/env python3
"""Summary of `make bench`: reads the Gatling runs (stats.json), the measured windows written by the simulations and
the pgbench output, prints the table and writes it to bench/results.md.

Usage: summarize.py <results dir> <results.md>
The results dir holds, per database D (pg, h2) and scenario S (evening, max, rate, baseline):
  D-S/gatling/<run>/js/stats.js     Gatling's statistics (stats.json before Gatling 3.12)
  D-S/window.json                   written by the simulation's after(): measured window, settings
and pgbench-tcp.txt, pgbench-socket.txt (pgbench over TCP and over the Unix socket, PostgreSQL only), context.txt (machine facts) and settings.json.
"""
import glob
import json
import os
import re
import sys

TARGET_SAVES = 500.0      # line saves a second, sustained, with no error
TARGET_P99_MS = 50.0      # p99 of line saves at a fixed 200 requests a second
TARGET_CEILING = 0.40     # line saves a second over pgbench's transactions a second

DBS = [("pg", "PostgreSQL"), ("h2", "H2")]
NAMES = {"warmup": "0 warm-up: line saves, max (not judged)",
         "warmup2": "0b warm-up: line saves at a fixed rate (not judged)", "evening": "1 evening flow", "max": "2 line saves (max)",
         "rate": "3 line saves @ fixed rate", "baseline": "4 baseline /q/health/live @ same rate",
         "ladder-me": "diag: GET /api/me (max)", "ladder-read": "diag: GET /api/adhesions/{id} (max)"}


def load_json(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def gatling_stats(run_dir):
    """Gatling's statistics of a run: js/stats.json, or (Gatling 3.12+, which writes only the report's script)
    the object literal of js/stats.js."""
    files = sorted(glob.glob(os.path.join(run_dir, "gatling", "*", "js", "stats.json")))
    if files:
        return load_json(files[-1])
    files = sorted(glob.glob(os.path.join(run_dir, "gatling", "*", "js", "stats.js")))
    if not files:
        return None
    text = open(files[-1], encoding="utf-8").read()
    text = text[text.index("var stats =") + len("var stats ="):]
    # its keys are bare words: quote them to read it as JSON
    text = re.sub(r'(^|[{,])(\s*)(type|name|path|pathFormatted|stats|contents):', r'\1\2"\3":', text, flags=re.M)
    obj, _ = json.JSONDecoder().raw_decode(text.lstrip())
    return obj


def requests(stats):
    """{request name: stats} of every request (groups flattened)."""
    out = {}

    def walk(node):
        for child in (node.get("contents") or {}).values():
            if child.get("type") == "REQUEST":
                out[child["name"]] = child["stats"]
            walk(child)

    walk(stats)
    return out


def count(s, kind="total"):
    return int(s["numberOfRequests"][kind])


def pct(s, which):
    # Gatling's default percentiles: percentiles1 = 50th, 2 = 75th, 3 = 95th, 4 = 99th (of OK and KO together)
    v = s[which]["total"]
    return None if v in (None, "-") else float(v)


def scenario(results, db, name, request=None):
    run = os.path.join(results, f"{db}-{name}")
    stats = gatling_stats(run)
    window = load_json(os.path.join(run, "window.json")) or {}
    if stats is None:
        return None
    everything = stats["stats"]
    total, ko = count(everything), count(everything, "ko")
    row = {"requests": total, "ko": ko, "error_pct": 100.0 * ko / total if total else 0.0, "window": window}
    s = requests(stats).get(request) if request else everything
    if s is None:
        return row | {"throughput": 0.0, "p50": None, "p99": None, "count": 0}
    seconds = (window.get("windowEndMs", 0) - window.get("windowStartMs", 0)) / 1000.0
    if request and seconds > 0:
        throughput = count(s, "ok") / seconds     # the measured loop only (logins and setup excluded)
    else:
        throughput = float(s["meanNumberOfRequestsPerSecond"]["total"])
    return row | {"throughput": throughput, "p50": pct(s, "percentiles1"), "p99": pct(s, "percentiles4"),
                  "count": count(s), "seconds": seconds, "per_request": requests(stats)}


def pgbench(results, transport):
    try:
        text = open(os.path.join(results, f"pgbench-{transport}.txt")).read()
    except OSError:
        return None
    tps = re.search(r"tps = ([0-9.]+)", text)
    lat = re.search(r"latency average = ([0-9.]+) ms", text)
    failed = re.search(r"number of failed transactions: (\d+)", text)
    processed = re.search(r"number of transactions actually processed: (\d+)", text)
    if not tps:
        return {"error": text.strip().splitlines()[-1] if text.strip() else "no output"}
    return {"tps": float(tps.group(1)), "latency": float(lat.group(1)) if lat else None,
            "failed": int(failed.group(1)) if failed else 0, "processed": int(processed.group(1)) if processed else 0}


def cpu_split(results, window):
    """Mean CPU (in cores) per category over a measured window, from cpu.csv."""
    start, end = window.get("windowStartMs", 0), window.get("windowEndMs", 0)
    if not start or not end:
        return None
    rows = []
    try:
        for line in open(os.path.join(results, "cpu.csv")):
            parts = line.strip().split(",")
            t = int(parts[0])
            # a sample covers the second before it: keep those wholly inside the window
            if start + 1000 <= t <= end:
                rows.append([float(x) for x in parts[1:5]])
    except OSError:
        return None
    if not rows:
        return None
    return [sum(r[i] for r in rows) / len(rows) for i in range(4)]


def fmt(v, digits=0, unit=""):
    if v is None:
        return "–"
    return f"{v:,.{digits}f}{unit}"


def verdict(ok):
    return "**met**" if ok else "**MISSED**"


def main():
    results, out = sys.argv[1], sys.argv[2]
    settings = load_json(os.path.join(results, "settings.json")) or {}
    context = ""
    try:
        context = open(os.path.join(results, "context.txt")).read().strip()
    except OSError:
        pass
    # the ceiling judged: pgbench over TCP on 127.0.0.1, the server's own way to PostgreSQL; over the Unix socket
    # (no TCP stack) for comparison
    ceiling = pgbench(results, "tcp")
    socket_ceiling = pgbench(results, "socket")
    lines = ["# `make bench` results", ""]
    if context:
        lines += ["```", context, "```", ""]
    lines += [
        "Scenarios (each virtual user on its own bench cooperative, logged in once):",
        f"0. **warm-up**: scenario 2 for {settings.get('warmup_duration', '?')} s on other cooperatives, first (a fresh "
        "JVM compiles for minutes); reported, not judged.",
        f"0b. **warm-up at a fixed rate**: 20 users, {settings.get('warmup_rate', '?')} saves/s for "
        f"{settings.get('warmup_rate_duration', '?')} s: an unsaturated load while the JIT compiles; reported, not judged.",
        f"1. **evening flow**: open model, {settings.get('evening_rate', '?')} cooperatives/s for "
        f"{settings.get('evening_duration', '?')} s; each: login, me, read adhesion, open, 3 × add line, "
        "read breakdown, quote, update line, declare, submit. Throughput = all requests/s; p50/p99 over all requests "
        "(the login's bcrypt included).",
        f"2. **line saves (max)**: {settings.get('save_users', '?')} users looping add/update/delete line as fast as "
        f"answered for {settings.get('save_duration', '?')} s. Throughput = saves/s over the measured loop.",
        f"3. **line saves @ {settings.get('rate', '?')} rps**: {settings.get('rate_users', '?')} users, evenly "
        f"spaced saves, {settings.get('rate_duration', '?')} s.",
        f"4. **baseline @ {settings.get('rate', '?')} rps**: GET /q/health/live, same shape as 3, "
        f"{settings.get('baseline_duration', '?')} s.",
        f"5. **pgbench ceiling**: bench/pgbench/save-line.sql (the SQL of one line save), "
        f"{settings.get('save_users', '?')} clients, -j 2, -M prepared, {settings.get('pgbench_duration', '?')} s, "
        "on the same PostgreSQL, over TCP on 127.0.0.1 as the server connects (judged); then the same over the "
        "Unix socket, which skips the TCP stack (5b, for comparison).",
        "",
        "",
        "| database | scenario | throughput | p50 (ms) | p99 (ms) | errors |",
        "|---|---|---:|---:|---:|---:|",
    ]
    summary = {}
    for db, label in DBS:
        rows = {
            "warmup": scenario(results, db, "warmup", "line save"),
            "warmup2": scenario(results, db, "warmup2", "line save"),
            "evening": scenario(results, db, "evening"),
            "max": scenario(results, db, "max", "line save"),
            "rate": scenario(results, db, "rate", "line save"),
            "baseline": scenario(results, db, "baseline", "health"),
            "ladder-me": scenario(results, db, "ladder-me", "me"),
            "ladder-read": scenario(results, db, "ladder-read", "read adhesion"),
        }
        if all(r is None for r in rows.values()):
            continue
        summary[db] = rows
        for key, r in rows.items():
            if r is None:
                if not key.startswith("ladder"):
                    lines.append(f"| {label} | {NAMES[key]} | not run | | | |")
                continue
            unit = " saves/s" if key in ("max", "rate", "warmup", "warmup2") else " req/s"
            extra = ""
            if key == "evening":
                extra = f" ({r['window'].get('flowsCompleted', '?')} flows submitted)"
            lines.append(f"| {label} | {NAMES[key]} | {fmt(r['throughput'], 1, unit)}{extra} | {fmt(r['p50'])} | "
                         f"{fmt(r['p99'])} | {fmt(r['error_pct'], 2, ' %')} ({r['ko']}/{r['requests']}) |")
        if db == "pg":
            for name, c in (("5 pgbench ceiling, TCP (save-line.sql)", ceiling),
                            ("5b pgbench, Unix socket (not judged)", socket_ceiling)):
                if c and "tps" in c:
                    lines.append(f"| {label} | {name} | {fmt(c['tps'], 1, ' tps')} | "
                                 f"avg {fmt(c['latency'], 2)} | | {c['failed']} failed |")
                else:
                    lines.append(f"| {label} | {name} | not measured: {c and c.get('error')} | | | |")

    lines += ["", "| database | saves/s ÷ pgbench tps (TCP) | saves/s ÷ pgbench tps (socket) | p99 saves ÷ p99 baseline | "
                  "≥ 500 saves/s, no error | p99 < 50 ms @ 200 rps | ≥ 40 % of ceiling (TCP) |",
              "|---|---:|---:|---:|---|---|---|"]
    for db, label in DBS:
        rows = summary.get(db)
        if not rows:
            continue
        mx, rate, base = rows["max"], rows["rate"], rows["baseline"]
        ratio = socket_ratio = None
        if db == "pg" and mx and ceiling and ceiling.get("tps"):
            ratio = mx["throughput"] / ceiling["tps"]
        if db == "pg" and mx and socket_ceiling and socket_ceiling.get("tps"):
            socket_ratio = mx["throughput"] / socket_ceiling["tps"]
        # (Gatling counts whole milliseconds: a baseline p99 of 0 counts as 1 ms)
        p99_ratio = rate["p99"] / max(base["p99"], 1.0) if rate and base and rate["p99"] is not None \
            and base["p99"] is not None else None
        saves_ok = bool(mx) and mx["throughput"] >= TARGET_SAVES and mx["ko"] == 0
        p99_ok = bool(rate) and rate["p99"] is not None and rate["p99"] < TARGET_P99_MS and rate["ko"] == 0 \
            and rate["throughput"] >= 0.95 * float(settings.get("rate", 200))
        if db == "pg":
            ceiling_cell = f"{verdict(ratio is not None and ratio >= TARGET_CEILING)}"
            ratio_cell = fmt(ratio * 100 if ratio is not None else None, 1, " %")
            socket_cell = fmt(socket_ratio * 100 if socket_ratio is not None else None, 1, " %")
        else:
            ceiling_cell = "n/a (pgbench is PostgreSQL's)"
            ratio_cell = socket_cell = "n/a"
        p99_ratio_cell = f"{p99_ratio:.1f} ×" if p99_ratio is not None else "–"
        lines.append(f"| {label} | {ratio_cell} | {socket_cell} | {p99_ratio_cell} | {verdict(saves_ok)} "
                     f"({fmt(mx and mx['throughput'], 0)}/s, {mx and mx['ko']} KO) | {verdict(p99_ok)} "
                     f"({fmt(rate and rate['p99'])} ms) | {ceiling_cell} |")

    lines += ["", "CPU during each measured window, in cores (this machine has 2; sampled once a second), and the CPU "
              "each request cost the server and Gatling:", "",
              "| database | scenario | server | PostgreSQL | Gatling | other | server ms/request | Gatling ms/request |",
              "|---|---|---:|---:|---:|---:|---:|---:|"]
    for db, label in DBS:
        for key, r in (summary.get(db) or {}).items():
            split = r and cpu_split(results, r["window"])
            if split:
                per = [f"{1000 * split[i] / r['throughput']:.2f}" if r["throughput"] else "–" for i in (0, 2)]
                lines.append(f"| {label} | {NAMES[key]} | " + " | ".join(f"{v:.2f}" for v in split) + " | "
                             + " | ".join(per) + " |")
        if db == "pg" and db in summary:
            for transport, name in (("tcp", "5 pgbench, TCP"), ("socket", "5b pgbench, Unix socket")):
                split = cpu_split(results, load_json(os.path.join(results, f"pgbench-{transport}-window.json")) or {})
                if split:
                    lines.append(f"| {label} | {name} | " + " | ".join(f"{v:.2f}" for v in split) + " | | |")

    # Per-request detail of the evening flow: where its time goes.
    for db, label in DBS:
        ev = (summary.get(db) or {}).get("evening")
        if not ev or not ev.get("per_request"):
            continue
        lines += ["", f"Evening flow on {label}, per request:", "",
                  "| request | count | p50 (ms) | p99 (ms) | KO |", "|---|---:|---:|---:|---:|"]
        for name, s in ev["per_request"].items():
            lines.append(f"| {name} | {count(s)} | {fmt(pct(s, 'percentiles1'))} | {fmt(pct(s, 'percentiles4'))} | "
                         f"{count(s, 'ko')} |")
    text = "\n".join(lines) + "\n"
    with open(out, "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
