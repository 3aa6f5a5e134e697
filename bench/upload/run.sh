#!/usr/bin/env bash
# Upload memory bench (`make bench`, issue: "an upload of 10 MB streams with flat memory").
#
# Starts the H2 server (-Xmx256m) on a fresh data folder and, while sampling its RSS (/proc/<pid>/status) and its
# Java heap (jstat -gc) every 200 ms, sends through POST /api/adhesions/{id}/engagement/uploads:
#   warm-up  5 uploads of 10 MiB (class loading, first compilations: reported, not judged)
#   (a)      30 sequential uploads of 10 MiB
#   (b)      4 concurrent clients × 10 uploads of 10 MiB
#   (c)      the same two with 1 MiB files, as a control
#   then one file of 10 MiB + 1 byte, which must be refused with 413.
# Every answer must be 201 with the size and SHA-256 of the file sent (sha256sum). Prints a table per phase (RSS
# before / peak / after, heap used peak and committed, live heap after the young GCs, heap allocated per upload,
# humongous regions, uploads/s, MiB/s, latency) and the "flat" verdict, and appends them to bench/upload/results.md.
# Raw data (samples.csv, uploads.csv, gc.log, NMT summaries, server.log): bench/target/upload/.
#
# Flat: the peak RSS after all 30 uploads of (a) minus the peak after its first 5, less what the JIT and class
# loading added meanwhile (Native Memory Tracking: code, metaspace, compiler arenas), stays under one upload
# (10 MiB); and the peak of (b) exceeds the peak of (a) by less than the 4 bodies in flight (40 MiB). The verdict is
# printed, never fatal (a shared 2-core machine is noisy); wrong answers (not 201, wrong size or hash, no 413,
# temporary files left, server dead) are (exit 1).
#
# Holds /tmp/coop-build.lock for the whole run, build included (no other heavy job shares the cores meanwhile).
# The server is the H2 copy bench/run.sh builds, bench/target/app-h2, rebuilt (with the same source stamp) only when
# backend/pom.xml or backend/src/main changed since.
#
# Knobs (environment): UPLOAD_PORT (8183, the next free one is taken), UPLOAD_SEQUENTIAL (30), UPLOAD_CLIENTS (4),
# UPLOAD_PER_CLIENT (10), UPLOAD_WARMUP (5), UPLOAD_SETTLE (seconds of quiet after each phase, 3),
# SERVER_JAVA_OPTS ("-Xmx256m"), BENCH_REBUILD=1 (build even if up to date), BENCH_SKIP_BUILD=1 (use
# bench/target/app-h2 as it is), UPLOAD_KEEP_DATA=1 (keep the server's data folder).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCK=/tmp/coop-build.lock
if [ -z "${BENCH_HOLDS_LOCK:-}" ]; then
  echo "upload bench: waiting for $LOCK (one heavy job at a time)…"
  exec env BENCH_HOLDS_LOCK=1 flock "$LOCK" bash "${BASH_SOURCE[0]}" "$@"
fi
cd "$ROOT"
for tool in java jcmd jstat curl jq python3 ss sha256sum; do
  command -v "$tool" > /dev/null || { echo "upload bench: $tool is missing" >&2; exit 1; }
done

PORT="${UPLOAD_PORT:-8183}"
SEQUENTIAL="${UPLOAD_SEQUENTIAL:-30}"
CLIENTS="${UPLOAD_CLIENTS:-4}"
PER_CLIENT="${UPLOAD_PER_CLIENT:-10}"
WARMUP="${UPLOAD_WARMUP:-5}"
SETTLE="${UPLOAD_SETTLE:-3}"
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xmx256m}"
COOPERATIVES=20
MIB=1048576
BIG=$((10 * MIB))            # the storage's limit, coop.storage.max-upload-size=10M
SMALL=$MIB

APP="$ROOT/bench/target/app-h2"
OUT="$ROOT/bench/target/upload"
RESULTS_MD="$ROOT/bench/upload/results.md"
rm -rf "$OUT"
mkdir -p "$OUT"

log() { printf '== %s  %s\n' "$(date +%H:%M:%S)" "$*"; }
now_ms() { date +%s%3N; }

SERVER_PID=""
SAMPLER_PID=""
DATA=""
WORK=""
cleanup() {
  if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  [ -n "$WORK" ] && rm -rf "$WORK"
  if [ -n "$DATA" ]; then
    if [ -n "${UPLOAD_KEEP_DATA:-}" ]; then echo "server data kept in $DATA"; else rm -rf "$DATA"; fi
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 0. the machine ------------------------------------------------------------------------------------------------
CORES=$(nproc)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "machine: $CORES cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
  echo "load average before the run: $LOAD_START"
  if awk -v l="${LOAD_START%% *}" -v c="$CORES" 'BEGIN { exit !(l > c / 2) }'; then
    echo "WARNING: the load average is high for $CORES cores: throughputs will be low and memory noisy"
  fi
  others=$(ps -eo pcpu=,comm= --sort=-pcpu | awk '$1 >= 10 {printf "%s (%s %%) ", $2, $1}')
  if [ -n "$others" ]; then echo "WARNING: other processes were using CPU at start: $others"; fi
} | tee "$OUT/context.txt"

# --- 1. the server's build (the H2 `local` profile is fixed at build time) -----------------------------------------
# Same stamp as bench/run.sh's build(): both scripts share bench/target/app-h2.
sources_stamp() {
  { echo "$*"; find backend/pom.xml backend/src/main -type f -print0 | sort -z | xargs -0 sha256sum; } | sha256sum | cut -c1-16
}
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  stamp=$(sources_stamp h2 -Dquarkus.profile=local)
  if [ -z "${BENCH_REBUILD:-}" ] && [ -f "$APP/quarkus-run.jar" ] && [ "$(cat "$APP/.bench-stamp" 2>/dev/null)" = "$stamp" ]; then
    log "server for H2: bench/target/app-h2 is up to date with backend/ (BENCH_REBUILD=1 rebuilds anyway)"
  else
    log "building the server for H2 (we already hold $LOCK)"
    (cd backend && ./mvnw -B -q -ntp package -DskipTests -Dquarkus.profile=local)
    rm -rf "$APP"
    cp -r backend/target/quarkus-app "$APP"
    echo "$stamp" > "$APP/.bench-stamp"
  fi
fi
[ -f "$APP/quarkus-run.jar" ] || { echo "no server in $APP (run without BENCH_SKIP_BUILD)" >&2; exit 1; }

# --- 2. the files to send ----------------------------------------------------------------------------------------
WORK=$(mktemp -d /tmp/coop-bench-upload-files.XXXXXX)
make_pdf() { # $1 = path, $2 = size: "%PDF-" then random bytes (a scan does not compress either)
  { printf '%%PDF-1.7\n'; head -c $(($2 - 9)) /dev/urandom; } > "$1"
}
make_pdf "$WORK/big.pdf" "$BIG"
make_pdf "$WORK/small.pdf" "$SMALL"
make_pdf "$WORK/too-large.pdf" $((BIG + 1))
declare -A SHA
for f in big small too-large; do SHA[$f]=$(sha256sum "$WORK/$f.pdf" | cut -c1-64); done

# --- 3. the server -------------------------------------------------------------------------------------------------
while ss -Hltn "sport = :$PORT" | grep -q .; do PORT=$((PORT + 1)); done
BASE="http://localhost:$PORT"
DATA=$(mktemp -d /tmp/coop-bench-upload.XXXXXX)
log "starting the server on port $PORT (java $SERVER_JAVA_OPTS, data in $DATA)"
COOP_DATA_DIR="$DATA" java $SERVER_JAVA_OPTS -XX:NativeMemoryTracking=summary \
  -Xlog:gc,gc+heap=info:file="$OUT/gc.log":timemillis,tags -Dquarkus.profile=local \
  -Dcoop.bench.cooperatives=$COOPERATIVES -Dquarkus.http.port="$PORT" -jar "$APP/quarkus-run.jar" > "$OUT/server.log" 2>&1 &
SERVER_PID=$!
ready=""
for _ in $(seq 1 180); do
  if curl -sf "$BASE/q/health/ready" > /dev/null; then ready=1; break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 1
done
if [ -z "$ready" ]; then
  echo "The server did not start; its log:" >&2
  tail -40 "$OUT/server.log" >&2
  exit 1
fi

# RSS every 200 ms, with the heap figures of the last `jstat -gc <pid> 200` line (one JVM for the whole run: a
# jcmd per sample would cost the 2 cores more than the uploads).
python3 - "$SERVER_PID" "$OUT/samples.csv" <<'PY' &
import signal, subprocess, sys, threading, time
pid, path = sys.argv[1], sys.argv[2]
heap = {"used": "", "committed": "", "ygc": "", "fgc": ""}
jstat = subprocess.Popen(["jstat", "-gc", pid, "200"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
def stop(*_):
    jstat.terminate()
    sys.exit(0)
signal.signal(signal.SIGTERM, stop)
def read_jstat():
    header = None
    for line in jstat.stdout:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "S0C":
            header = parts
            continue
        if header is None or len(parts) != len(header):
            continue
        v = dict(zip(header, parts))
        try:
            used = sum(float(v[k]) for k in ("S0U", "S1U", "EU", "OU"))
            committed = sum(float(v[k]) for k in ("S0C", "S1C", "EC", "OC"))
            heap.update(used=f"{used:.0f}", committed=f"{committed:.0f}", ygc=v.get("YGC", ""), fgc=v.get("FGC", ""))
        except (KeyError, ValueError):
            pass
threading.Thread(target=read_jstat, daemon=True).start()
with open(path, "w") as out:
    out.write("ms,rss_kb,heap_used_kb,heap_committed_kb,ygc,fgc,threads\n")
    while True:
        rss = threads = ""
        try:
            with open(f"/proc/{pid}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        rss = line.split()[1]
                    elif line.startswith("Threads:"):
                        threads = line.split()[1]
        except OSError:
            stop()
        out.write(f"{int(time.time() * 1000)},{rss},{heap['used']},{heap['committed']},{heap['ygc']},{heap['fgc']},{threads}\n")
        out.flush()
        time.sleep(0.2 - (time.time() % 0.2))
PY
SAMPLER_PID=$!

# --- 4. the clients: one bench cooperative each (999-1000 sequential, 999-1001… concurrent), its adhesion open ------
school_year() { # 1 September – 31 August
  local y m
  y=$(date +%Y); m=$(date +%-m)
  [ "$m" -lt 9 ] && y=$((y - 1))
  echo "$y-$((y + 1))"
}
YEAR=$(school_year)
declare -a TOKEN ADHESION
for c in $(seq 0 "$CLIENTS"); do
  login="999-$((1000 + c))"
  token=$(curl -sf -H 'Content-Type: application/json' -d "{\"login\":\"$login\",\"password\":\"Bench-Password-2025\"}" \
    "$BASE/api/auth/login" | jq -r .token) || { echo "login $login failed" >&2; exit 1; }
  coop=$(curl -sf -H "Authorization: Bearer $token" "$BASE/api/me" | jq -r .cooperative.id)
  code=$(curl -s -o "$WORK/adhesion.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
    "$BASE/api/cooperatives/$coop/adhesions/$YEAR")
  if [ "$code" != 201 ]; then # already open (UPLOAD_KEEP_DATA…): read it
    curl -sf -o "$WORK/adhesion.json" -H "Authorization: Bearer $token" "$BASE/api/cooperatives/$coop/adhesions/$YEAR" \
      || { echo "no adhesion $YEAR for $login (POST answered $code)" >&2; exit 1; }
  fi
  TOKEN[c]=$token
  ADHESION[c]=$(jq -r .id "$WORK/adhesion.json")
done
log "$((CLIENTS + 1)) clients logged in, adhesions ${ADHESION[*]} ($YEAR)"

# --- 5. the phases ---------------------------------------------------------------------------------------------
# One line per upload: phase,client,n,start_ms,end_ms,http,seconds,size,sha256 (size and hash as the server answered).
upload() { # $1 = client, $2 = file → code seconds size sha256
  local resp="$WORK/resp-$BASHPID.json" w
  w=$(curl -s -o "$resp" -w '%{http_code} %{time_total}' -H 'Expect:' -H "Authorization: Bearer ${TOKEN[$1]}" \
    -F "file=@$2;type=application/pdf" "$BASE/api/adhesions/${ADHESION[$1]}/engagement/uploads") || true
  [ -n "$w" ] || w="000 0"
  echo "$w $(jq -r '[.size // "", .sha256 // ""] | join(" ")' "$resp" 2>/dev/null || echo "- -")"
}
client_loop() { # $1 = phase, $2 = client, $3 = file, $4 = uploads
  local n start r
  for n in $(seq 1 "$4"); do
    start=$(now_ms)
    r=$(upload "$2" "$3")
    echo "$1,$2,$n,$start,$(now_ms),${r// /,}"
  done
}
echo "phase,client,n,start_ms,end_ms,http,seconds,size,sha256" > "$OUT/uploads.csv"
echo "phase,label,clients,per_client,file_size,sha256,start_ms,end_ms,settled_ms" > "$OUT/phases.csv"
phase() { # $1 = name, $2 = label, $3 = big|small, $4 = first client, $5 = clients, $6 = uploads per client
  local name="$1" label="$2" file="$WORK/$3.pdf" first="$4" clients="$5" per="$6" start end c
  local -a pids=()
  log "$label"
  start=$(now_ms)
  for c in $(seq "$first" $((first + clients - 1))); do
    client_loop "$name" "$c" "$file" "$per" > "$OUT/uploads-$name-$c.csv" &
    pids+=($!)
  done
  for c in "${pids[@]}"; do wait "$c" || true; done
  end=$(now_ms)
  cat "$OUT"/uploads-"$name"-*.csv >> "$OUT/uploads.csv"
  awk -F, '{ n++; if ($6 == 201) ok++ } END { printf "   %d uploads, %d answered 201, in %.1f s\n", n, ok, ('"$end"' - '"$start"') / 1000 }' \
    "$OUT"/uploads-"$name"-*.csv
  sleep "$SETTLE"   # quiet: the RSS "after" this phase and "before" the next
  echo "$name,\"$label\",$clients,$per,$(stat -c %s "$file"),${SHA[$3]},$start,$end,$(now_ms)" >> "$OUT/phases.csv"
}
nmt() { jcmd "$SERVER_PID" VM.native_memory summary > "$OUT/nmt-$1.txt" 2>&1 || true; }

sleep "$SETTLE"
nmt start
phase warmup "warm-up: $WARMUP × 10 MiB, sequential" big 0 1 "$WARMUP"
nmt before-a
sleep 1
phase a "(a) $SEQUENTIAL × 10 MiB, sequential" big 0 1 "$SEQUENTIAL"
nmt after-a
sleep 1
phase b "(b) $CLIENTS clients × $PER_CLIENT × 10 MiB" big 1 "$CLIENTS" "$PER_CLIENT"
nmt after-b
sleep 1
phase c1 "(c) $SEQUENTIAL × 1 MiB, sequential" small 0 1 "$SEQUENTIAL"
phase c2 "(c) $CLIENTS clients × $PER_CLIENT × 1 MiB" small 1 "$CLIENTS" "$PER_CLIENT"

log "one file of 10 MiB + 1 byte (must be refused with 413)"
read -r TOO_LARGE_CODE _ < <(upload 0 "$WORK/too-large.pdf")
echo "   answered $TOO_LARGE_CODE"
sleep 1
nmt end
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
SERVER_ALIVE=yes
kill -0 "$SERVER_PID" 2>/dev/null || SERVER_ALIVE=no
# What the server left behind: the multipart temporary files must be gone, and no .part of the storage left.
TMP_LEFT=$(find "$DATA/tmp-uploads" -type f 2>/dev/null | wc -l)
PART_LEFT=$(find "$DATA/uploads" -name '.upload-*.part' 2>/dev/null | wc -l)
STORED=$(find "$DATA/uploads" -type f ! -name '.upload-*' 2>/dev/null | wc -l)
ERRORS_IN_LOG=$(grep -cE ' (ERROR|WARN) ' "$OUT/server.log" || true)
kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""

# --- 6. the summary --------------------------------------------------------------------------------------------
log "summary"
export OUT RESULTS_MD LOAD_START LOAD_END CORES SERVER_JAVA_OPTS TOO_LARGE_CODE SERVER_ALIVE TMP_LEFT PART_LEFT STORED \
  ERRORS_IN_LOG BIG
export COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- backend 2>/dev/null || echo ' (backend/ modified)')"
export JAVA_VERSION="$(java -version 2>&1 | head -1)"
python3 - <<'PY'
import csv, datetime, os, re, statistics

out = os.environ["OUT"]
MIB = 1048576
samples = []
with open(f"{out}/samples.csv") as f:
    for r in csv.DictReader(f):
        if not r["rss_kb"]:
            continue
        samples.append({"ms": int(r["ms"]), "rss": int(r["rss_kb"]) / 1024,
                        "heap": int(r["heap_used_kb"]) / 1024 if r["heap_used_kb"] else None,
                        "committed": int(r["heap_committed_kb"]) / 1024 if r["heap_committed_kb"] else None,
                        "ygc": int(r["ygc"]) if r["ygc"] else None, "fgc": int(r["fgc"]) if r["fgc"] else None})
phases = list(csv.DictReader(open(f"{out}/phases.csv")))
# The GC log: each young GC's heap before and after (what it freed), and the humongous regions (objects of half a
# region or more: 512 KiB with -Xmx256m) it found: a body held whole in one array would be 11 of them.
gcs, humongous, full_pause, full_freed = [], [], {}, []
try:
    for line in open(f"{out}/gc.log"):
        m = re.match(r"\[(\d+)ms\]\[gc\s*\] GC\(\d+\) Pause (\w+).* (\d+)M->(\d+)M\(", line)
        if m:  # Young, Full: a collection; Remark, Cleanup: steps of the concurrent cycle (live is not known there)
            gcs.append((int(m.group(1)), int(m.group(3)), int(m.group(4)), m.group(2) in ("Young", "Full")))
            if m.group(2) == "Full":
                full_pause[int(m.group(1))] = True
                full_freed.append(int(m.group(3)) - int(m.group(4)))
        m = re.match(r"\[(\d+)ms\]\[gc,heap\s*\] GC\(\d+\) Humongous regions: (\d+)->", line)
        if m:
            humongous.append((int(m.group(1)), int(m.group(2))))
except OSError:
    pass
uploads = list(csv.DictReader(open(f"{out}/uploads.csv")))
young_freed = [b - a for t, b, a, collection in gcs if collection and not full_pause.get(t)]

def last_before(ms):
    s = [x for x in samples if x["ms"] <= ms]
    return s[-1] if s else None
def within(a, b):
    return [x for x in samples if a <= x["ms"] <= b]
def peak(a, b, key):
    v = [x[key] for x in within(a, b) if x[key] is not None]
    return max(v) if v else None
def mib(v):
    return "–" if v is None else f"{v:.0f}"

rows, all_ok, by_phase = [], True, {}
for p in phases:
    name, start, end, settled = p["phase"], int(p["start_ms"]), int(p["end_ms"]), int(p["settled_ms"])
    size, sha = int(p["file_size"]), p["sha256"]
    up = [u for u in uploads if u["phase"] == name]
    ok = [u for u in up if u["http"] == "201" and u["size"] == str(size) and u["sha256"] == sha]
    codes = sorted({u["http"] for u in up})
    all_ok &= len(ok) == len(up) == int(p["clients"]) * int(p["per_client"])
    wall = (end - start) / 1000
    lat = sorted(float(u["seconds"]) for u in up)
    before, after = last_before(start), last_before(settled)
    ygc0 = before and before["ygc"]
    ygc1 = after and after["ygc"]
    # allocated = heap used at the end - at the start + what the collections in between freed. jstat's figures lag
    # the log by up to 200 ms: the collections are the ones its own counters saw (the n-th young pause is YGC n).
    last = last_before(end)
    allocated = None
    if before and last and before["heap"] is not None and last["heap"] is not None and before["ygc"] is not None \
            and last["ygc"] is not None and before["fgc"] is not None and last["fgc"] is not None:
        allocated = last["heap"] - before["heap"] \
            + sum(young_freed[before["ygc"]:last["ygc"]]) + sum(full_freed[before["fgc"]:last["fgc"]])
    hum = [h for t, h in humongous if start <= t <= settled]
    # what survived the collections: bodies held in memory would show here
    live = [after_gc for t, _, after_gc, collection in gcs if collection and start <= t <= settled]
    by_phase[name] = dict(p, start=start, end=end, up=up, before=before, allocated=allocated, humongous=hum, live=live)
    rows.append([p["label"], f"{len(ok)}/{len(up)}" + ("" if codes == ["201"] else f" (http {', '.join(codes)})"),
                 f"{wall:.1f}", f"{len(up) / wall:.1f}", f"{len(up) * size / MIB / wall:.1f}",
                 f"{statistics.median(lat) * 1000:.0f} / {lat[-1] * 1000:.0f}" if lat else "–",
                 mib(before and before["rss"]), mib(peak(start, end, "rss")), mib(after and after["rss"]),
                 mib(peak(start, end, "heap")), mib(peak(start, end, "committed")),
                 str(ygc1 - ygc0) if ygc0 is not None and ygc1 is not None else "–", mib(max(live, default=None)),
                 f"{allocated / len(up):.1f}" if allocated is not None and up else "–",
                 str(max(hum)) if hum else "–"])

header = ["phase", "201 + size + sha256", "s", "uploads/s", "MiB/s", "latency p50 / max ms", "RSS before MiB",
          "RSS peak MiB", "RSS after MiB", "heap used peak MiB", "heap committed MiB", "young GCs", "live heap after GC max MiB",
          "heap allocated per upload MiB", "humongous regions max"]
table = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
table += ["| " + " | ".join(r) + " |" for r in rows]

def nmt(tag):
    try:
        text = open(f"{out}/nmt-{tag}.txt").read()
    except OSError:
        return None
    m = re.search(r"Total: reserved=\d+KB, committed=(\d+)KB", text)
    if not m:
        return None
    cats = {c: int(v) / 1024 for c, v in re.findall(r"-\s+([A-Za-z ]+?) \(reserved=\d+KB, committed=(\d+)KB", text)}
    cats["Total"] = int(m.group(1)) / 1024
    return cats
JIT = ("Code", "Metaspace", "Compiler", "Arena Chunk", "Class")  # the JIT and class loading, whatever the uploads
def jit_growth(t0, t1):
    a, b = nmt(t0), nmt(t1)
    return sum(b.get(k, 0) - a.get(k, 0) for k in JIT) if a and b else 0.0

# Flat: the RSS does not grow with the number of 10 MiB uploads.
lines, flat = [], None
a, b = by_phase.get("a"), by_phase.get("b")
if a and b and a["before"]:
    base = a["before"]["rss"]
    ends = sorted(int(u["end_ms"]) for u in a["up"])
    k = min(5, len(ends))
    p5, p30 = peak(a["start"], ends[k - 1], "rss"), peak(a["start"], a["end"], "rss")
    pb = peak(b["start"], b["end"], "rss")
    big = int(os.environ["BIG"]) / MIB
    clients = int(b["clients"])
    jit = max(jit_growth("before-a", "after-a"), 0.0)
    flat_a = p30 - p5 - jit < big
    flat_b = pb - p30 < clients * big
    flat = flat_a and flat_b
    lines += [f"- RSS before (a): {base:.0f} MiB; peak after the first {k} uploads of (a): {p5:.0f} MiB (+{p5 - base:.0f});"
              f" after all {len(ends)}: {p30:.0f} MiB (+{p30 - base:.0f}); during (b): {pb:.0f} MiB (+{pb - base:.0f}).",
              f"- (a) growth from upload {k} to upload {len(ends)}: {p30 - p5:+.0f} MiB, while the JIT (code, metaspace,"
              f" compiler arenas) and class loading grew {jit:+.1f} MiB over (a) (NMT); the rest must stay under one"
              f" upload, {big:.0f} MiB"
              f" → {'flat' if flat_a else 'GROWS'}; (b) over (a): {pb - p30:+.0f} MiB with {clients} uploads in flight"
              f" (flat if < {clients * big:.0f} MiB, their bodies) → {'flat' if flat_b else 'GROWS'}.",
              f"- Java heap: live after the young GCs at most {mib(max(a['live'], default=None))} MiB in (a),"
              f" {mib(max(b['live'], default=None))} MiB in (b); committed {mib(peak(a['start'], a['end'], 'committed'))}"
              f" MiB in (a), {mib(peak(b['start'], b['end'], 'committed'))} MiB in (b) (G1 sizes its young generation to"
              f" the allocation rate).",
              f"- **Verdict: {'FLAT' if flat else 'NOT FLAT'}**" + ("" if flat else
              " (not fatal: on a busy machine rerun before believing it; see bench/target/upload/samples.csv)")]

if a and a["allocated"] is not None and a["up"]:
    per = a["allocated"] / len(a["up"])
    hum = max((h for p in by_phase.values() for h in p["humongous"]), default=None)
    size = int(a["file_size"]) / MIB
    lines.append(f"- Heap allocated per {size:.0f} MiB upload in (a): {per:.1f} MiB ({per / size:.2f} × the file), freed by"
                 f" young GCs; humongous regions (arrays of 512 KiB or more) at most {hum if hum is not None else '?'}"
                 f" during the phases: a body held whole in one array would need {int(size) + 1}.")

n0, n1, n2 = nmt("before-a"), nmt("after-b"), nmt("end")
if n0 and n1 and n2:
    cats = ["Java Heap", "Metaspace", "Code", "Compiler", "Arena Chunk", "GC", "Thread", "Symbol", "Other"]
    def delta(n):
        return ", ".join(f"{k.lower()} {n.get(k, 0) - n0.get(k, 0):+.1f}" for k in cats)
    lines.append(f"- JVM memory committed (NMT) before (a): {n0['Total']:.0f} MiB (heap {n0['Java Heap']:.0f}, metaspace"
                 f" {n0['Metaspace']:.0f}, code {n0['Code']:.0f}, GC {n0['GC']:.0f}, other (incl. direct buffers) {n0['Other']:.1f});"
                 f" after (b): {n1['Total'] - n0['Total']:+.1f} MiB ({delta(n1)});"
                 f" at the end: {n2['Total'] - n0['Total']:+.1f} MiB ({delta(n2)}).")

too = os.environ["TOO_LARGE_CODE"]
checks_ok = too == "413" and os.environ["SERVER_ALIVE"] == "yes" and os.environ["TMP_LEFT"] == "0" \
    and os.environ["PART_LEFT"] == "0"
lines.append(f"- 10 MiB + 1 byte: http {too} ({'refused as it must' if too == '413' else 'EXPECTED 413'});"
             f" every other answer 201 with the right size and sha256: {'yes' if all_ok else 'NO'};"
             f" server alive at the end: {os.environ['SERVER_ALIVE']}; left behind: {os.environ['TMP_LEFT']} multipart"
             f" temporary file(s), {os.environ['PART_LEFT']} .part; {os.environ['STORED']} files stored;"
             f" {os.environ['ERRORS_IN_LOG']} WARN/ERROR line(s) in the server log.")

when = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
context = (f"{os.environ['CORES']} cores, {os.environ['JAVA_VERSION']}, server `{os.environ['SERVER_JAVA_OPTS']}`, H2,"
           f" commit {os.environ['COMMIT']}; load average {os.environ['LOAD_START']} before, {os.environ['LOAD_END']} after."
           f" RSS and heap sampled every 200 ms (a shorter peak can be missed); MiB = 2^20 bytes.")
section = "\n".join([f"## {when}", "", context, ""] + table + [""] + lines + [""])
print(section)
path = os.environ["RESULTS_MD"]
if not os.path.exists(path):
    with open(path, "w") as f:
        f.write("# Upload bench results (`bash bench/upload/run.sh`)\n\nOne section per run, newest last; see README.md.\n\n")
with open(path, "a") as f:
    f.write(section + "\n")
with open(f"{out}/verdict", "w") as f:
    f.write(("ok" if all_ok and checks_ok else "wrong answers") + " " + ("flat" if flat else "not-flat") + "\n")
PY
echo "appended to bench/upload/results.md; raw data in bench/target/upload/"
read -r answers _ < "$OUT/verdict"
[ "$answers" = ok ] || { echo "WRONG ANSWERS: see above and bench/target/upload/ (server.log, uploads.csv)" >&2; exit 1; }
