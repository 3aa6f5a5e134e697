#!/usr/bin/env bash
# PDF throughput: 3,000 certificates (attestation d'adhésion and certificat d'assurance, alternately)
# rendered on 2 threads after a warm-up, then 500 single renders one at a time.
# Target (issue): >= 50 PDFs/s on the 2-core machine, a single certificate < 250 ms at p99.
#
#   bash bench/pdf/run.sh                                  # the renderer as shipped
#   bash bench/pdf/run.sh -Dpdf.bench.strategies=SHARED,PARSE_PER_DOCUMENT   # compare font loading
#   bash bench/pdf/run.sh -Dpdf.bench.count=10000 -Dpdf.bench.threads=4
#
# Holds /tmp/coop-build.lock for the whole run so that no build started through the lock competes
# with the measurement. Extra arguments are passed to Maven.
set -euo pipefail
cd "$(dirname "$0")/../../backend"

echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (the figures are only meaningful near 0)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
flock /tmp/coop-build.lock ./mvnw -q test \
    -Dtest=PdfRendererBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dgroups=bench -Dtest.excludedGroups=none "$@" >"$log" 2>&1 || status=$?
grep -E '^PDF bench' "$log" || true
if [ "$status" -ne 0 ]; then
    echo "--- the bench failed (exit $status):"
    grep -E 'ERROR|FAIL|Expect|expected|but was' "$log" | head -40 || tail -40 "$log"
fi
exit "$status"
