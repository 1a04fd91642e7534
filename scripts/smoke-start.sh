#!/usr/bin/env bash
# Starts the platform exactly as the README's quick start does (`npm start`), waits for it, checks
# health, the docs, the web page and a demo login, then stops it by its own process group.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${SMOKE_PORT:-3311}"
log="$(mktemp)"
PORT="$port" setsid npm start >"$log" 2>&1 &
pid=$!
cleanup() {
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL -- "-$pid" 2>/dev/null || true
}
trap cleanup EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 1 180); do
  curl -fsS "$base/api/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "npm start exited early"; exit 1; }
  sleep 1
done
curl -fsS "$base/api/health" | grep -q '"database":"up"' || { cat "$log"; echo "health failed"; exit 1; }
grep -q "embedded PostgreSQL" "$log" || { cat "$log"; echo "did not say it started embedded Postgres"; exit 1; }
# Read whole before grep: `grep -q` stops at the first match, and a page larger than the pipe's
# buffer would then fail curl's write (and, with pipefail, the check).
docs=$(curl -fsS "$base/api/docs")
grep -qi "swagger" <<<"$docs" || { echo "no API docs"; exit 1; }
page=$(curl -fsS "$base/")
grep -q '<div id="root">' <<<"$page" || { echo "no web page at /"; exit 1; }
curl -fsS -X POST "$base/api/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"pk.member@demo.jcc","password":"demo-password-2026"}' | grep -q accessToken \
  || { cat "$log"; echo "demo login failed"; exit 1; }
firms=$(curl -fsS "$base/api/companies?limit=100" | grep -o '"id"' | wc -l)
[ "$firms" -ge 20 ] || { echo "expected demo firms, got $firms"; exit 1; }
grep -q "Demo logins" "$log" || { cat "$log"; echo "no demo logins printed"; exit 1; }
echo "smoke ok: health, docs, web page, demo login and demo firms on $base"
