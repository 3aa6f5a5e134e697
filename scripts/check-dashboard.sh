#!/usr/bin/env bash
# Checks deploy/prometheus.yml and deploy/grafana/coop-dashboard.json against the running cluster (make cluster), with
# Debian's Prometheus (installed if absent): Prometheus scrapes the two replicas with deploy/prometheus.yml, then every
# query of the dashboard is run through Prometheus's API ($instance as every replica, $__rate_interval as 1m). A query
# that Prometheus refuses fails the check; one that finds no series is listed (a counter of what did not happen yet,
# e.g. a 5xx, is normal). Outside CI.
#
#   bash scripts/check-dashboard.sh      (CHECK_SCRAPE_SECONDS: how long Prometheus scrapes first, default 40)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/target/prometheus"
PORT=9095
if ! command -v prometheus > /dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends prometheus > /dev/null
fi
promtool check config "$ROOT/deploy/prometheus.yml"
curl -sf -o /dev/null http://127.0.0.1:8181/q/metrics || { echo "the cluster is not running (make cluster)" >&2; exit 1; }
rm -rf "$DIR" && mkdir -p "$DIR"
prometheus --config.file="$ROOT/deploy/prometheus.yml" --storage.tsdb.path="$DIR/data" \
  --web.listen-address="127.0.0.1:$PORT" > "$DIR/prometheus.log" 2>&1 &
PROM=$!
trap 'kill $PROM 2>/dev/null || true' EXIT
# some traffic through nginx meanwhile, so that the request metrics have rates
for _ in $(seq 1 "${CHECK_SCRAPE_SECONDS:-40}"); do
  curl -s -o /dev/null http://127.0.0.1:8088/api/public/department-contacts || true
  curl -s -o /dev/null -H 'Content-Type: application/json' -d '{"login":"personne","password":"x"}' http://127.0.0.1:8088/api/auth/login || true
  sleep 1
done
python3 - "$ROOT/deploy/grafana/coop-dashboard.json" "$PORT" <<'EOF'
import json, sys, urllib.parse, urllib.request

dashboard, port = sys.argv[1], sys.argv[2]
exprs = []

def walk(panel):
    for target in panel.get("targets") or []:
        if "expr" in target:
            exprs.append((panel.get("title"), target["expr"]))
    for child in panel.get("panels") or []:
        walk(child)

for panel in json.load(open(dashboard)).get("panels", []):
    walk(panel)
refused, empty = [], []
for title, expr in exprs:
    query = expr.replace("$instance", ".*").replace("$__rate_interval", "1m")
    url = "http://127.0.0.1:%s/api/v1/query?query=%s" % (port, urllib.parse.quote(query))
    try:
        answer = json.load(urllib.request.urlopen(url, timeout=10))
    except urllib.error.HTTPError as e:
        refused.append("%s: %s (%s)" % (title, expr, e.read()[:200]))
        continue
    if not answer["data"]["result"]:
        empty.append("%s: %s" % (title, expr))
targets = json.load(urllib.request.urlopen("http://127.0.0.1:%s/api/v1/targets" % port))["data"]["activeTargets"]
print("Prometheus's targets: " + ", ".join("%s %s" % (t["scrapeUrl"], t["health"]) for t in targets))
print("%d queries of the dashboard, %d refused, %d without a series yet" % (len(exprs), len(refused), len(empty)))
for line in empty:
    print("  no series yet: " + line)
for line in refused:
    print("  REFUSED: " + line)
sys.exit(1 if refused or any(t["health"] != "up" for t in targets) else 0)
EOF
