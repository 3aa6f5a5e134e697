#!/usr/bin/env bash
# The AWS SDK v2's S3 client against the hand-written one (issue 20, "a maintained S3 client"): a cold JVM (C1 only,
# as the cluster's replicas) makes the client and PUTs one 200 KB PDF to the cluster's S3Proxy, 4 times each; prints
# the time to make the client and the first PUT's. Needs `make cluster` running (S3Proxy on :8190, the app's jar).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/bench/target/s3client"
APP="$ROOT/target/cluster/app"
mkdir -p "$OUT/classes"
[ -d "$OUT/lib" ] || "$ROOT/backend/mvnw" -B -q -ntp -f "$ROOT/bench/s3client/pom.xml" dependency:copy-dependencies -DoutputDirectory="$OUT/lib"
(printf '%%PDF-1.4\n'; head -c 200000 /dev/urandom) > "$OUT/doc.pdf"
APPCP="$APP/lib/main/*:$APP/lib/boot/*:$(ls "$APP"/app/*.jar)"
javac -d "$OUT/classes" -cp "$OUT/lib/*" "$ROOT/bench/s3client/SdkPut.java"
javac -d "$OUT/classes" -cp "$APPCP" "$ROOT/bench/s3client/HandPut.java"
echo "SDK jars: $(ls "$OUT/lib" | wc -l) files, $(du -sh "$OUT/lib" | cut -f1)"
for _ in 1 2 3 4; do
  java -XX:TieredStopAtLevel=1 -cp "$OUT/classes:$OUT/lib/*" SdkPut "$OUT/doc.pdf" 2>&1 | grep ms
  java -XX:TieredStopAtLevel=1 -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$OUT/classes:$APPCP" HandPut "$OUT/doc.pdf" 2>&1 | grep ms
done
