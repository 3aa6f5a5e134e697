#!/usr/bin/env python3
"""Measuring tools of bench/ledger/run.sh (standard library only; GET latencies use bench/national/measure.py).

  measure.py tokens BASE FIRST COUNT PASSWORD OUT    logs in 999-FIRST … and writes "token coopId year" lines to OUT
  measure.py statement YEAR N OUT                    a bank CSV of N lines matching the big school's seeded entries
  measure.py timed METHOD URL TOKEN [FILE]           one request (FILE: multipart field "file"): "ms status"
"""
import http.client
import json
import sys
import time
import urllib.parse
import uuid


def connect(base):
    u = urllib.parse.urlsplit(base)
    return http.client.HTTPConnection(u.hostname, u.port, timeout=120)


def tokens(base, first, count, password, out):
    with open(out, "w") as f:
        for i in range(int(first), int(first) + int(count)):
            conn = connect(base)
            conn.request("POST", "/api/auth/login", json.dumps({"login": "999-%d" % i, "password": password}),
                         {"Content-Type": "application/json"})
            r = conn.getresponse()
            body = json.loads(r.read())
            if r.status != 200:
                sys.exit("login 999-%d: %d" % (i, r.status))
            account = body["account"]
            f.write("%s %s %s\n" % (body["token"], account["cooperative"]["id"], account["schoolYear"]))


def statement(year, n, out):
    """The bank lines of the big school's seeded bank entries 1…n (see seed.sql: entry g is dated, priced by g)."""
    first = int(year[:4])
    with open(out, "w", encoding="utf-8") as f:
        f.write("Date;Libellé;Débit euros;Crédit euros\r\n")
        for g in range(1, int(n) + 1):
            if g % 2 == 1:
                continue  # seed.sql: odd entries are in the cash box
            day = 1 + (g * 7) % 300  # days after 1 September, as seed.sql dates them
            date = time.strftime("%d/%m/%Y", time.gmtime(time.mktime((first, 9, 1, 12, 0, 0, 0, 0, 0)) + (day - 1) * 86400))
            amount = "%d,%02d" % divmod(100 + g % 5000, 100)
            debit, credit = (amount, "") if g % 3 == 0 else ("", amount)
            f.write("%s;OPERATION %d;%s;%s\r\n" % (date, g, debit, credit))


def timed(method, url, token, file_name=None):
    u = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=600)
    headers = {"Authorization": "Bearer " + token}
    body = None
    if file_name:
        boundary = uuid.uuid4().hex
        data = open(file_name, "rb").read()
        body = (("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"releve.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                 % boundary).encode() + data + ("\r\n--%s--\r\n" % boundary).encode())
        headers["Content-Type"] = "multipart/form-data; boundary=" + boundary
    t0 = time.perf_counter()
    conn.request(method, u.path + ("?" + u.query if u.query else ""), body, headers)
    r = conn.getresponse()
    text = r.read()
    print("%.0f %d" % ((time.perf_counter() - t0) * 1000, r.status))
    if r.status >= 300:
        sys.stderr.write(text.decode("utf-8", "replace")[:500] + "\n")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"tokens": tokens, "statement": statement, "timed": timed}[command](*args)
