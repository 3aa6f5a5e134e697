#!/usr/bin/env python3
"""Samples, once a second, where the machine's CPU goes during `make bench`: the server under test, PostgreSQL,
Gatling (and Maven; pgbench too, the ceiling's load generator), anything else. Writes CSV lines: epoch ms, then the CPU used since the previous sample, in
cores (2.0 = both cores of this machine busy), per category, then the main "other" processes (name=cores).

Usage: cpu_sampler.py <out.csv> <file holding the server's pid>   (stopped with a signal)
"""
import os
import signal
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")
CATEGORIES = ["server", "postgres", "gatling", "other"]


def server_pid(pid_file):
    try:
        return int(open(pid_file).read().strip())
    except (OSError, ValueError):
        return None


def category(pid, comm, server):
    if pid == server:
        return "server"
    if comm == "postgres":
        return "postgres"
    if comm == "pgbench":  # a load generator, as Gatling is
        return "gatling"
    if comm == "java":
        try:
            cmd = open(f"/proc/{pid}/cmdline", "rb").read()
        except OSError:
            return "other"
        if b"gatling" in cmd or b"maven" in cmd or b"plexus-classworlds" in cmd:
            return "gatling"
    return "other"


def snapshot(server):
    """{pid: (start time, name, jiffies)} of every live process."""
    out = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        pid = int(name)
        try:
            raw = open(f"/proc/{pid}/stat").read()
        except OSError:
            continue
        close = raw.rindex(")")
        comm = raw[raw.index("(") + 1:close]
        fields = raw[close + 2:].split()
        jiffies = int(fields[11]) + int(fields[12])  # utime + stime
        out[pid] = (fields[19], comm, jiffies)      # (start time: tells a reused pid, name, CPU)
    return out


def main():
    out_path, pid_file = sys.argv[1], sys.argv[2]
    running = [True]
    signal.signal(signal.SIGTERM, lambda *_: running.__setitem__(0, False))
    signal.signal(signal.SIGINT, lambda *_: running.__setitem__(0, False))
    cats = {}
    previous = snapshot(server_pid(pid_file))
    last = time.monotonic()
    with open(out_path, "a", buffering=1) as out:
        while running[0]:
            time.sleep(1.0)
            server = server_pid(pid_file)
            now = time.monotonic()
            current = snapshot(server)
            used = dict.fromkeys(CATEGORIES, 0)
            others = {}
            for pid, (started, comm, jiffies) in current.items():
                if pid not in cats or cats[pid][0] != started:
                    cats[pid] = (started, category(pid, comm, server))
                before = previous.get(pid)
                delta = jiffies - before[2] if before and before[0] == started else jiffies  # new: all of it
                cat = "server" if pid == server else cats[pid][1]
                used[cat] += max(delta, 0)
                if cat == "other" and delta > 0:
                    others[comm] = others.get(comm, 0) + delta
            elapsed = now - last
            top = sorted(others.items(), key=lambda kv: -kv[1])[:3]
            out.write(",".join([str(int(time.time() * 1000))]
                               + [f"{used[c] / TICK / elapsed:.3f}" for c in CATEGORIES]
                               + [" ".join(f"{comm}={j / TICK / elapsed:.2f}" for comm, j in top)]) + "\n")
            previous, last = current, now


if __name__ == "__main__":
    main()
