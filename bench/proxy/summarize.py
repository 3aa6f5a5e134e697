"""The table of bench/proxy/run.sh: the evening flow and the line saves through nginx, on one replica and on two.

usage: python3 bench/proxy/summarize.py RESULTS_DIR "JVM OPTIONS"
"""
import os
import sys
from datetime import date

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from summarize import fmt, scenario  # noqa: E402  (bench/summarize.py reads Gatling's statistics)


def main():
    results, jvm = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""
    print(f"# Through nginx: one replica and two ({date.today().isoformat()}, `bash bench/proxy/run.sh`)\n")
    print(f"{os.cpu_count()} cores; replicas' JVM `{jvm}`; deploy/nginx.conf (least_conn); PostgreSQL on the same machine.\n")
    print("| scenario | replicas | round | requests | errors | throughput (req/s) | p50 (ms) | p99 (ms) |")
    print("|---|---|---|---|---|---|---|---|")
    for name, label, request in (("evening", "evening flow (open model)", None),
                                 ("max", "line saves, max (24 users)", "line save")):
        for replicas in ("1", "2"):
            for rnd in ("r1", "r2"):
                # the runs are in RESULTS/<name>-<replicas>-<round>: bench/summarize.py names them <db>-<scenario>
                row = scenario(results, name, replicas + "-" + rnd, request)
                if row is None:
                    print(f"| {label} | {replicas} | {rnd[1]} | (no run) | | | | |")
                    continue
                print(f"| {label} | {replicas} | {rnd[1]} | {row['requests']} | {row['ko']} | {fmt(row['throughput'], 1)} "
                      f"| {fmt(row['p50'])} | {fmt(row['p99'])} |")


if __name__ == "__main__":
    main()
