#!/usr/bin/env python3
"""make chaos: faults on the running `make cluster` under a steady load of ledger entries through nginx.

1. a replica killed with kill -9 and started again: every write acknowledged (201) is in the database afterwards,
   the errors are counted by kind, the restart is timed;
2. PostgreSQL stopped with -m immediate for 15 s and started again: the answers meanwhile (503 expected, never a 500,
   none hung past the client's timeout), the time until writes succeed again, no acknowledged write missing;
4. a reminder to 1,000 cooperatives while the replica sending it is killed: every email reaches the SMTP server
   (GreenMail, counted there) exactly once, the other replica sending what the dead one had left;
5. sessions across the replicas: a logout on one is refused on the other at the next request; the login throttle
   counts the attempts made on both;
and the backup of the database and the bucket restored into empty ones, compared (scripts/backup.sh, restore.sh).
Writes the figures to bench/chaos/results.md. Standard library only.
"""
import hashlib
import json
import os
import random
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BASE = "http://localhost:%s" % os.environ.get("CLUSTER_PORT", "8088")
REPLICAS = ["http://127.0.0.1:8181", "http://127.0.0.1:8182"]
CLUSTER_DIR = os.path.join(ROOT, "target", "cluster")
GREENMAIL_API = "http://127.0.0.1:8191"
CLUSTER = ["bash", os.path.join(ROOT, "scripts", "cluster.sh")]
ADMIN_PASSWORDS = [os.environ.get("CLUSTER_ADMIN_OWN_PASSWORD", "Grappe-Nationale-2026!"),
                   os.environ.get("COOP_BOOTSTRAP_ADMIN_PASSWORD", "Cluster-Admin-2026")]
TIMEOUT = 10.0
WRITERS = 8


def call(method, url, body=None, token=None, timeout=TIMEOUT, form=None, headers=None):
    data, headers = None, dict(headers or {})
    if body is not None:
        data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
    if form is not None:
        boundary = "chaos%d" % random.randint(0, 1 << 30)
        name, content, kind = form
        data = ("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\nContent-Type: %s\r\n\r\n"
                % (boundary, name, kind)).encode() + content + ("\r\n--%s--\r\n" % boundary).encode()
        headers["Content-Type"] = "multipart/form-data; boundary=%s" % boundary
    if token:
        headers["Authorization"] = "Bearer " + token
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    started = time.time()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            raw = answer.read()
            return answer.status, (json.loads(raw) if raw[:1] in (b"{", b"[") else raw), time.time() - started
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw), time.time() - started
        except ValueError:
            return e.code, raw, time.time() - started
    except Exception as e:  # no answer: connection refused or reset, timeout
        return ("timeout" if "timed out" in str(e) else "no answer"), str(e), time.time() - started


def login(login_, password, base=BASE):
    status, body, _ = call("POST", base + "/api/auth/login", {"login": login_, "password": password})
    return body["token"] if status == 200 else None


def admin_token():
    token = login("admin", ADMIN_PASSWORDS[0])
    if token:
        return token
    first = login("admin", ADMIN_PASSWORDS[1])
    call("POST", BASE + "/api/auth/password", {"currentPassword": ADMIN_PASSWORDS[1], "newPassword": ADMIN_PASSWORDS[0]}, first)
    return login("admin", ADMIN_PASSWORDS[0])


def setup():
    admin = admin_token()
    assert admin, "admin login"
    code = "9%02d" % random.randint(0, 99)
    while call("POST", BASE + "/api/departments", {"code": code, "name": "OCCE chaos " + code}, admin)[0] != 201:
        code = "9%02d" % random.randint(0, 99)
    numbers = random.sample(range(1000, 9000), WRITERS)
    lines = ["numero;ecole;type;adresse;code_postal;commune;uai;courriel_ecole;mandataire;courriel_mandataire;telephone_mandataire"]
    lines += ["%d;École chaos %d;;;;CAHORS;;;Claire CHAOS;chaos-%s-%d@example.org;" % (n, n, code, n) for n in numbers]
    status, body, _ = call("POST", BASE + "/api/departments/%s/cooperative-imports" % code, token=admin,
                           form=("chaos.csv", "\r\n".join(lines).encode(), "text/csv"))
    assert status == 201, (status, body)
    coops = []
    for n in numbers:
        first = login("%s-%d" % (code, n), "coop%d" % n)
        call("POST", BASE + "/api/auth/password", {"currentPassword": "coop%d" % n, "newPassword": "Chaos-Ecole-2026!"}, first)
        token = login("%s-%d" % (code, n), "Chaos-Ecole-2026!")
        coop_id = call("GET", BASE + "/api/me", token=token)[1]["cooperative"]["id"]
        coops.append((token, coop_id, "%s-%d" % (code, n)))
    return admin, code, coops


class Threads:
    """One thread per cooperative running self.work(k) until the block ends; every answer kept in self.results."""

    def __init__(self, coops):
        self.coops, self.stop, self.results, self.lock = coops, threading.Event(), [], threading.Lock()

    def __enter__(self):
        self.threads = [threading.Thread(target=self.work, args=(k,), daemon=True) for k in range(len(self.coops))]
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join(TIMEOUT + 5)


class Load(Threads):
    """WRITERS threads writing entries through nginx until stopped; every answer kept with its time."""

    def __init__(self, coops, tag):
        super().__init__(coops)
        self.tag = tag

    def work(self, k):
        token, coop_id, _ = self.coops[k]
        i = 0
        while not self.stop.is_set():
            i += 1
            label = "%s-%d-%d" % (self.tag, k, i)
            body = {"date": "2026-10-01", "label": label, "amount": 12.5, "kind": "CHARGE", "means": "CARD", "parts": [{"heading": "6068"}]}
            started = time.time()
            status, answer, took = call("POST", BASE + "/api/cooperatives/%d/ledger-entries" % coop_id, body, token)
            with self.lock:
                self.results.append((started, status, label, took, answer if isinstance(status, int) and status >= 500 else None))
            if status != 201:
                time.sleep(0.2)



def sql(query):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "coop_cluster", "-Atc", query],
                          env=dict(os.environ, PGPASSWORD="postgres"), capture_output=True, text=True, check=True).stdout


def in_database(tag):
    return set(sql("select label from ledger_entry where label like '%s-%%'" % tag).split())


def summary(load, t_from=None, t_to=None):
    rows = [r for r in load.results if (t_from is None or r[0] >= t_from) and (t_to is None or r[0] < t_to)]
    kinds = {}
    for r in rows:
        kinds[str(r[1])] = kinds.get(str(r[1]), 0) + 1
    return kinds, rows


def first_proxied_to(address, after):
    """The time of the first request of nginx's access log (its upstream= and t= fields) proxied to address after a time."""
    first = None
    with open(os.path.join(CLUSTER_DIR, "logs", "nginx-access.log")) as log:
        for line in log:
            fields = dict(f.split("=", 1) for f in line.split() if f.startswith(("upstream=", "t=")))
            if "t" in fields and float(fields["t"]) >= after and fields.get("upstream", "").split(",")[-1].strip() == address:
                first = float(fields["t"]) if first is None else min(first, float(fields["t"]))
    return first


def scenario_kill(coops):
    with Load(coops, "kill%d" % int(time.time())) as load:
        time.sleep(5)
        killed_at = time.time()
        subprocess.run(CLUSTER + ["kill-replica", "1"], check=True, capture_output=True)
        out = subprocess.run(CLUSTER + ["start-replica", "1"], check=True, capture_output=True, text=True).stdout
        ready_ms = int(out.strip().split()[-2])
        ready_at = time.time()
        time.sleep(15)
    served_again = first_proxied_to(REPLICAS[0].split("//")[1], ready_at)
    acked = {r[2] for r in load.results if r[1] == 201}
    found = in_database(load.tag)
    kinds, _ = summary(load)
    during, _ = summary(load, killed_at, killed_at + ready_ms / 1000 + 1)
    # the same restart without the load, for comparison
    subprocess.run(CLUSTER + ["kill-replica", "1"], check=True, capture_output=True)
    idle_ms = int(subprocess.run(CLUSTER + ["start-replica", "1"], check=True, capture_output=True, text=True).stdout.strip().split()[-2])
    return {"writes sent": len(load.results), "acknowledged (201)": len(acked), "acknowledged and missing": len(acked - found),
            "in the database but not acknowledged": len(found - acked), "answers": kinds, "answers while app1 was down": during,
            "app1 ready again after (under the load, 2 cores shared)": "%d ms" % ready_ms,
            "first request nginx sent to app1 after it was ready (its max_fails/fail_timeout)": "%.1f s later" % (served_again - ready_at)
            if served_again else "none within 15 s",
            "app1 ready again after (no load)": "%d ms" % idle_ms}


def scenario_database(coops):
    with Load(coops, "db%d" % int(time.time())) as load:
        time.sleep(5)
        stopped_at = time.time()
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "stop", "-m", "immediate"], check=True)
        readiness = [call("GET", r + "/q/health/ready")[0] for r in REPLICAS]
        time.sleep(15)
        # pg_ctlcluster may answer 1 while its recovery is still running (it did after a large load): wait for the server
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "start"])
        for _ in range(600):
            if subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"]).returncode == 0:
                break
            time.sleep(0.1)
        started_at = time.time()
        time.sleep(10)
    acked = {r[2] for r in load.results if r[1] == 201}
    found = in_database(load.tag)
    during, rows = summary(load, stopped_at, started_at)
    after = [r for r in load.results if r[0] >= started_at and r[1] == 201]
    first_ok = min((r[0] + r[3] for r in after), default=None)
    slowest = max((r[3] for r in rows), default=0)
    return {"writes sent": len(load.results), "acknowledged (201)": len(acked), "acknowledged and missing": len(acked - found),
            "answers from the stop command to the start command's return (15 s; PostgreSQL accepts before that returns)": during, "slowest answer during the outage": "%.2f s" % slowest,
            "readiness of the replicas during the outage": readiness,
            "first write acknowledged after PostgreSQL started": "%.2f s" % (first_ok - started_at) if first_ok else "none",
            "5xx other than 503": sum(1 for r in rows if isinstance(r[1], int) and r[1] >= 500 and r[1] != 503)}


def scenario_reminder(coops):
    """A department of 1,000 schools reminded; the replica that claimed the emails killed while it sends them."""
    admin = admin_token()
    code = "8%02d" % random.randint(0, 99)
    while call("POST", BASE + "/api/departments", {"code": code, "name": "OCCE rappels " + code}, admin)[0] != 201:
        code = "8%02d" % random.randint(0, 99)
    lines = ["numero;ecole;type;adresse;code_postal;commune;uai;courriel_ecole;mandataire;courriel_mandataire;telephone_mandataire"]
    lines += ["%d;École rappel %d;;;;FIGEAC;;;Paul RAPPEL;rappel-%s-%d@example.org;" % (n, n, code, n) for n in range(1000, 2000)]
    started = time.time()
    status, body, _ = call("POST", BASE + "/api/departments/%s/cooperative-imports" % code, token=admin, timeout=600,
                           form=("rappels.csv", "\r\n".join(lines).encode(), "text/csv"))
    assert status == 201, (status, body)
    imported_s = time.time() - started
    logs = [os.path.join(CLUSTER_DIR, "logs", "app%d.log" % n) for n in (1, 2)]
    offsets = [os.path.getsize(f) for f in logs]
    status, campaign, _ = call("POST", BASE + "/api/departments/%s/reminders" % code,
                               {"subject": "Rappel {code}", "body": "Bonjour {school}, votre adhésion {year} est attendue.",
                                "filter": {"status": "NOT_STARTED"}}, admin, headers={"Idempotency-Key": "chaos-%s-%d" % (code, time.time())})
    assert status == 202, (status, campaign)
    like = "rappel-%s-%%" % code
    sent_count = lambda: int(sql("select count(*) from mail_message where recipient like '%s' and sent_at is not null" % like))
    deadline = time.time() + 60
    while sent_count() < 150 and time.time() < deadline:
        time.sleep(0.05)
    sender = None
    for n, (f, offset) in enumerate(zip(logs, offsets), start=1):
        with open(f, errors="replace") as log:
            log.seek(offset)
            if "recipients claimed for sending" in log.read():
                sender = n
    assert sender, "no replica claimed the reminders"
    subprocess.run(CLUSTER + ["kill-replica", str(sender)], check=True, capture_output=True)
    killed_at = time.time()
    sent_before_kill = sent_count()
    deadline = time.time() + 240
    while sent_count() < 1000 and time.time() < deadline:
        time.sleep(1)
    finished_after = time.time() - killed_at
    subprocess.run(CLUSTER + ["start-replica", str(sender)], check=True, capture_output=True)
    received, ids = 0, set()
    for n in range(1000, 2000):
        status, messages, _ = call("GET", GREENMAIL_API + "/api/user/rappel-%s-%d@example.org/messages/INBOX" % (code, n))
        if status == 200:
            received += len(messages)
            ids.update(m.get("Message-ID") for m in messages)
    rows = sql("select count(*), count(sent_at), sum(case when attempts > 1 then 1 else 0 end), count(error)"
               " from mail_message where recipient like '%s'" % like).strip().split("|")
    progress = call("GET", BASE + "/api/departments/%s/reminders/%d" % (code, campaign["id"]), token=admin)[1]["reminder"]["progress"]
    return {"1,000 cooperatives imported in": "%.1f s" % imported_s,
            "replica that claimed the 1,000 emails, killed with -9": "app%d" % sender,
            "emails marked sent when it was killed": sent_before_kill,
            "outbox rows / sent / taken over by the other replica / failed": "%s / %s / %s / %s" % tuple(rows),
            "all sent, after the kill (lease 30 s, relay every 15 s)": "%.1f s" % finished_after,
            "campaign progress": progress,
            "emails received by the SMTP server": received, "distinct Message-IDs received": len(ids),
            "schools that received nothing": 1000 - len(ids), "duplicates received": received - len(ids)}


def scenario_sessions(coops):
    _, _, name = coops[0]
    token = login(name, "Chaos-Ecole-2026!", REPLICAS[0])
    before = call("GET", REPLICAS[1] + "/api/me", token=token)[0]
    call("POST", REPLICAS[0] + "/api/auth/logout", token=token)
    after = call("GET", REPLICAS[1] + "/api/me", token=token)[0]
    attempts = []
    for i in range(12):
        status = call("POST", REPLICAS[i % 2] + "/api/auth/login", {"login": coops[1][2], "password": "mauvais-%d" % i})[0]
        attempts.append(status)
    first_429 = next((i + 1 for i, s in enumerate(attempts) if s == 429), None)
    return {"token used on app2 before the logout on app1": before, "the same token on app2 after the logout on app1": after,
            "wrong passwords alternating app1/app2, answers": attempts,
            "throttled at attempt": first_429}


class Uploads(Threads):
    """WRITERS threads, each writing a ledger entry then uploading its voucher (a PDF of 40 to 200 KB), through nginx."""

    def work(self, k):
        token, coop_id, _ = self.coops[k]
        entry = None
        while not self.stop.is_set():
            if entry is None:  # a new entry for each voucher (an entry takes 10 at most)
                body = {"date": "2026-10-02", "label": "pièce chaos", "amount": 3.2, "kind": "CHARGE", "means": "CARD", "parts": [{"heading": "6068"}]}
                status, answer, _ = call("POST", BASE + "/api/cooperatives/%d/ledger-entries" % coop_id, body, token)
                if status != 201:
                    time.sleep(0.2)
                    continue
                entry = answer["id"]
            content = b"%PDF-1.4\n" + os.urandom(random.randint(40_000, 200_000))
            boundary = "chaos%d" % random.randint(0, 1 << 30)
            data = ("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"piece.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                    % boundary).encode() + content + ("\r\n--%s--\r\n" % boundary).encode()
            request = urllib.request.Request(BASE + "/api/ledger-entries/%d/vouchers" % entry, data=data, method="POST",
                                             headers={"Content-Type": "multipart/form-data; boundary=" + boundary,
                                                      "Authorization": "Bearer " + token})
            started = time.time()
            try:
                with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
                    status, body, retry = answer.status, json.loads(answer.read()), None
            except urllib.error.HTTPError as e:
                raw = e.read()
                status, retry = e.code, e.headers.get("Retry-After")
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = raw[:200]
            except Exception as e:  # no answer
                status, body, retry = ("timeout" if "timed out" in str(e) else "no answer"), str(e), None
            sha = hashlib.sha256(content).hexdigest()
            with self.lock:
                self.results.append((started, status, body, retry, sha, time.time() - started))
            if status == 201:
                entry = None
            else:
                time.sleep(0.2)



def bucket_objects():
    folder = os.path.join(CLUSTER_DIR, "s3", "coop-documents")
    return {name for name in os.listdir(folder) if len(name) == 32}


def scenario_storage(coops):
    """S3Proxy killed for 15 s under uploads, then a replica killed mid-upload; rows and objects compared, then swept."""
    with Uploads(coops) as load:
        time.sleep(5)
        stopped_at = time.time()
        subprocess.run(CLUSTER + ["stop-storage"], check=True, capture_output=True)
        time.sleep(15)
        subprocess.run(CLUSTER + ["start-storage"], check=True, capture_output=True)
        started_at = time.time()
        time.sleep(5)
        # a replica killed while uploads run: those whose object was written but whose row was not committed are orphans
        killed_at = time.time()
        subprocess.run(CLUSTER + ["kill-replica", "2"], check=True, capture_output=True)
        subprocess.run(CLUSTER + ["start-replica", "2"], check=True, capture_output=True)
        time.sleep(5)
    acknowledged = {r[2]["id"]: r[4] for r in load.results if r[1] == 201}
    during = [r for r in load.results if stopped_at <= r[0] < started_at]
    kinds = {}
    for r in during:
        kinds[str(r[1])] = kinds.get(str(r[1]), 0) + 1
    after_kill = {}
    for r in load.results:
        if killed_at <= r[0] < killed_at + 3:
            after_kill[str(r[1])] = after_kill.get(str(r[1]), 0) + 1
    rows = {}
    for line in sql("select id, storage_key, sha256 from document").split():
        doc_id, key, sha = line.split("|")
        rows[int(doc_id)] = (key, sha)
    objects = bucket_objects()
    folder = os.path.join(CLUSTER_DIR, "s3", "coop-documents")
    missing_rows = [i for i in acknowledged if i not in rows]
    wrong_sha = [i for i, sha in acknowledged.items() if i in rows and rows[i][1] != sha]
    rows_without_object = [i for i, (key, _) in rows.items() if key not in objects]
    tampered = [i for i in acknowledged if i in rows and rows[i][0] in objects
                and hashlib.sha256(open(os.path.join(folder, rows[i][0]), "rb").read()).hexdigest() != rows[i][1]]
    keys = {key for key, _ in rows.values()}
    orphans_before = sorted(objects - keys)
    status, sweep, _ = call("POST", BASE + "/api/storage/orphan-sweeps?olderThanMinutes=0", token=admin_token())
    orphans_after = sorted(bucket_objects() - {k for k, _ in (l.split("|") for l in sql("select storage_key, 1 from document").split())})
    return {"uploads sent": len(load.results), "acknowledged (201)": len(acknowledged),
            "acknowledged and missing (no row)": len(missing_rows), "acknowledged whose row has another SHA-256": len(wrong_sha),
            "acknowledged whose object's bytes differ from the upload": len(tampered),
            "answers while S3Proxy was down (15 s)": kinds,
            "503 of those with Retry-After": sum(1 for r in during if r[1] == 503 and r[3]),
            "503 of those whose problem type is storage-unavailable": sum(1 for r in during if r[1] == 503 and isinstance(r[2], dict) and str(r[2].get("type", "")).endswith("storage-unavailable")),
            "slowest answer while S3Proxy was down": "%.2f s" % max((r[5] for r in during), default=0),
            "first upload acknowledged after S3Proxy started": "%.2f s" % (min((r[0] + r[5] for r in load.results if r[0] >= started_at and r[1] == 201), default=started_at) - started_at),
            "answers in the 3 s after app2 was killed -9": after_kill,
            "rows pointing to a missing object": len(rows_without_object),
            "objects without a row before the sweep": len(orphans_before),
            "the sweep (POST /api/storage/orphan-sweeps?olderThanMinutes=0)": {"status": status, "examined": sweep.get("examined") if isinstance(sweep, dict) else sweep,
                                                                               "removed": sweep.get("removed") if isinstance(sweep, dict) else None},
            "objects without a row after the sweep": len(orphans_after)}


def scenario_backup(coops):
    """scripts/backup.sh then scripts/restore.sh into an empty database and bucket folder, which checks the pair."""
    stamp = time.strftime("%H%M%S")
    folder, database, bucket = "/tmp/coop-backup-" + stamp, "coop_restore_" + stamp, "/tmp/coop-restore-bucket-" + stamp
    backup = subprocess.run(["bash", os.path.join(ROOT, "scripts", "backup.sh"), folder], capture_output=True, text=True)
    restore = subprocess.run(["bash", os.path.join(ROOT, "scripts", "restore.sh"), folder, database, bucket], capture_output=True, text=True)
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc", 'drop database if exists "%s"' % database],
                   env=dict(os.environ, PGPASSWORD="postgres"), capture_output=True)
    subprocess.run(["rm", "-rf", folder, bucket])
    return {"backup": (backup.stdout + backup.stderr).strip(), "restore and its check": (restore.stdout + restore.stderr).strip()[-600:],
            "restore's exit code (0: same row counts, same SHA-256, every document's object as its row records)": str(restore.returncode)}


def main():
    wanted = sys.argv[1:] or ["kill", "database", "storage", "reminder", "sessions", "backup"]
    _, code, coops = setup()
    results = {}
    for name in wanted:
        print("== %s  scenario %s" % (time.strftime("%H:%M:%S"), name), flush=True)
        time.sleep(3)
        results[name] = {"kill": scenario_kill, "database": scenario_database, "reminder": scenario_reminder, "sessions": scenario_sessions,
                         "storage": scenario_storage, "backup": scenario_backup}[name](coops)
        print(json.dumps(results[name], indent=2, ensure_ascii=False), flush=True)
    # the whole run rewrites the results; a scenario run alone adds its section
    java = os.path.join(os.environ["CLUSTER_JAVA_HOME"], "bin", "java") if os.environ.get("CLUSTER_JAVA_HOME") else "java"
    jvm = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    with open(os.path.join(ROOT, "bench", "chaos", "results.md"), "a" if sys.argv[1:] else "w") as out:
        if sys.argv[1:]:
            out.write("\n## run alone, %s: %s (the replicas on %s)\n\n" % (time.strftime("%Y-%m-%d %H:%M"), " ".join(wanted), jvm))
        else:
            out.write("# make chaos, %s (department %s, %d writers through nginx, 2 cores, the replicas on %s)\n\n"
                      % (time.strftime("%Y-%m-%d %H:%M"), code, WRITERS, jvm))
        for name, figures in results.items():
            out.write("## %s\n\n| measure | figure |\n|---|---|\n" % name)
            for k, v in figures.items():
                out.write("| %s | %s |\n" % (k, json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v))
            out.write("\n")


if __name__ == "__main__":
    main()
