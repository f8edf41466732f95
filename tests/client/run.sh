#!/usr/bin/env bash
# Runs the libsignal client tests against a freshly started server, on SQLite and, when
# PostgreSQL is reachable, on a fresh PostgreSQL database.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
(cd "$root" && cargo build --quiet --bin signal-server)
bin="$root/target/debug/signal-server"
pg_admin=${TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/test}
# Known zkgroup secrets (zk-params.mjs), so the tests can act as the group-storage service.
zkgroup=$(node zk-params.mjs)
# A donation level with a badge, for the receipt redemption test (donations.test.mjs).
services='{subscriptions = {configuration = {levels = {"1" = {name = "Boost", badge = {id = "BOOST", name = "Booster"}}}}}}'
numbers=$(python3 -c 'print("{" + ", ".join(f"\"+1555555{n:04d}\" = \"123456\"" for n in range(1000)) + "}")')

run_on() {
  local label=$1 database_url=$2
  local dir port pid
  dir=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  SIGNAL_LISTEN="127.0.0.1:$port" SIGNAL_DATA_DIR="$dir" SIGNAL_TEST_NUMBERS="$numbers" SIGNAL_ZKGROUP="$zkgroup" SIGNAL_BACKUPS="{media_quota_bytes = 1000000}" SIGNAL_SERVICES="$services" SIGNAL_LOG=warn \
    SIGNAL_CAPTCHA="{accept_any_for_development = true}" \
    SIGNAL_DATABASE_URL="$database_url" "$bin" > "$dir/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/v1/keepalive" > /dev/null && break
    kill -0 "$pid" 2>/dev/null || { echo "server exited:"; cat "$dir/server.log"; exit 1; }
    sleep 0.1
  done
  echo "== libsignal client tests on $label"
  local status=0
  SIGNAL_URL="http://127.0.0.1:$port" SIGNAL_DATA_DIR="$dir" node --test --test-concurrency=1 || status=$?
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ $status -eq 0 ] || { cat "$dir/server.log"; exit $status; }
  rm -rf "$dir"
}

run_on sqlite "sqlite://$(mktemp -d)/signal.db?mode=rwc"
db="sigclient_$$"
psql "$pg_admin" -qc "CREATE DATABASE $db" > /dev/null
trap 'psql "$pg_admin" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" > /dev/null' EXIT
run_on postgres "${pg_admin%/*}/$db"
