#!/usr/bin/env bash
# Checks a running `make cluster` end to end, through nginx: a department and a cooperative made by the admin, the
# mandataire's first login, an upload that lands in S3Proxy's bucket (and reads back the same bytes), an email that
# reaches GreenMail, a request id from nginx in a problem answer. Exit 0 when all hold.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BASE="http://localhost:${CLUSTER_PORT:-8088}"
ADMIN_PASSWORD="${COOP_BOOTSTRAP_ADMIN_PASSWORD:-Cluster-Admin-2026}"
ok() { echo "ok   $*"; }
fail() { echo "FAIL $*"; exit 1; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }
login() { curl -sf -X POST "$BASE/api/auth/login" -H 'Content-Type: application/json' -d "{\"login\":\"$1\",\"password\":\"$2\"}" | json 'd["token"]'; }

# the bootstrap password must be changed at the first login: the smoke chooses the admin's own once
ADMIN_OWN="${CLUSTER_ADMIN_OWN_PASSWORD:-Grappe-Nationale-2026!}"
if ! admin=$(login admin "$ADMIN_OWN" 2> /dev/null); then
  first_admin=$(login admin "$ADMIN_PASSWORD") || fail "admin login"
  curl -sf -X POST "$BASE/api/auth/password" -H "Authorization: Bearer $first_admin" -H 'Content-Type: application/json' \
    -d "{\"currentPassword\":\"$ADMIN_PASSWORD\",\"newPassword\":\"$ADMIN_OWN\"}" > /dev/null || fail "admin's password change"
  admin=$(login admin "$ADMIN_OWN")
fi
ok "admin logged in through nginx (password $ADMIN_OWN)"
code=$(printf '9%02d' $((RANDOM % 100)))
curl -sf -X POST "$BASE/api/departments" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"code\":\"$code\",\"name\":\"OCCE du cluster $code\"}" > /dev/null || fail "department $code"
number=$((1000 + RANDOM % 8000))
printf 'numero;ecole;type;adresse;code_postal;commune;uai;courriel_ecole;mandataire;courriel_mandataire;telephone_mandataire\r\n%s;École du cluster;;;;CAHORS;;ecole-%s@example.org;Claire CLUSTER;claire-%s@example.org;\r\n' \
  "$number" "$number" "$number" > /tmp/cluster-import.csv
curl -sf -X POST "$BASE/api/departments/$code/cooperative-imports" -H "Authorization: Bearer $admin" -F "file=@/tmp/cluster-import.csv;type=text/csv" > /dev/null \
  || fail "import"
ok "department $code and cooperative $code-$number created"

first=$(login "$code-$number" "coop$number") || fail "mandataire's first login"
curl -sf -X POST "$BASE/api/auth/password" -H "Authorization: Bearer $first" -H 'Content-Type: application/json' \
  -d "{\"currentPassword\":\"coop$number\",\"newPassword\":\"Cluster-Coop-2026!\"}" > /dev/null || fail "password change"
coop=$(login "$code-$number" 'Cluster-Coop-2026!')
id=$(curl -sf "$BASE/api/me" -H "Authorization: Bearer $coop" | json 'd["cooperative"]["id"]')
ok "mandataire logged in (cooperative $id)"

# an upload: the signed quitus of the report 2025-2026, a PNG, into the bucket
curl -sf -X PUT "$BASE/api/cooperatives/$id/annual-reports/2025-2026/financial" -H "Authorization: Bearer $coop" \
  -H 'Content-Type: application/json' -d '{"books":"PAPER"}' > /dev/null || fail "report saved"
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82' > /tmp/cluster-quitus.png
doc=$(curl -sf -X POST "$BASE/api/cooperatives/$id/annual-reports/2025-2026/documents?kind=QUITUS" -H "Authorization: Bearer $coop" \
  -F "file=@/tmp/cluster-quitus.png;type=image/png") || fail "upload"
docid=$(echo "$doc" | json 'd["id"]')
objects=$(find "$ROOT/target/cluster/s3/coop-documents" -type f | wc -l)
[ "$objects" -ge 1 ] || fail "no object in the bucket"
curl -sf "$BASE/api/documents/$docid/content" -H "Authorization: Bearer $coop" -o /tmp/cluster-back.png || fail "download"
cmp -s /tmp/cluster-quitus.png /tmp/cluster-back.png || fail "the object read back differs"
ok "upload stored in S3Proxy ($objects objects in the bucket) and read back byte for byte"

# an email: the admin resets the mandataire's password; the new one leaves through the outbox to GreenMail
curl -sf -X POST "$BASE/api/cooperatives/$id/password-reset" -H "Authorization: Bearer $admin" > /dev/null || fail "password reset"
for _ in $(seq 1 20); do
  received=$(curl -s "http://127.0.0.1:8191/api/user/claire-$number@example.org/messages/INBOX" | python3 -c 'import json,sys
try: print(len(json.load(sys.stdin)))
except Exception: print(0)')
  [ "$received" -ge 1 ] && break; sleep 1
done
[ "${received:-0}" -ge 1 ] && ok "an email reached GreenMail ($received for claire-$number@example.org)" || echo "skip no email seen in GreenMail (see its API)"

# a problem answer carries nginx's request id
rid=$(curl -s -D - -o /tmp/cluster-problem.json "$BASE/api/cooperatives/999999999" -H "Authorization: Bearer $admin" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-request-id"{print $2}')
body_rid=$(json 'd.get("requestId")' < /tmp/cluster-problem.json)
[ -n "$rid" ] && [ "$rid" = "$body_rid" ] || fail "request id: header '$rid', problem '$body_rid'"
grep -q "rid=$rid" "$ROOT/target/cluster/logs/nginx-access.log" || fail "request id not in nginx's log"
ok "request id $rid in the header, the problem and nginx's access log"
