#!/usr/bin/env bash
# Contract run: schemathesis (PyPI, 4.x) generates requests from api.yaml against a started
# server with the Basic credentials of a registered account. Check: no 5xx from any
# implemented operation. Fixed seed, one worker, a time budget.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
(cd "$root" && cargo build --quiet --bin signal-server)
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# Outside services with test secrets, so that their credential operations answer 200.
services='{storage = {user_auth_key = "0011"}, payments = {user_auth_key = "2233", conversions = {MOB = {USD = 0.5}}}, directory = {user_auth_key = "4455", user_id_key = "6677"}, svr2 = {user_auth_key = "8899", user_id_key = "aabb"}, turn = {secret = "turn-secret", urls = ["turn:127.0.0.1:3478"]}}'
numbers=$(python3 -c 'print("{" + ", ".join(f"\"+1555555{n:04d}\" = \"123456\"" for n in range(1000)) + "}")')
env -u SIGNAL_TEST_PG -u SIGNAL_TEST_DB SIGNAL_LISTEN="127.0.0.1:$port" SIGNAL_DATA_DIR="$dir" \
  SIGNAL_TEST_NUMBERS="$numbers" SIGNAL_SERVICES="$services" SIGNAL_LOG=warn "$root/target/debug/signal-server" > "$dir/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/v1/keepalive" > /dev/null && break
    kill -0 "$pid" 2>/dev/null || { echo "server exited:"; cat "$dir/server.log"; exit 1; }; sleep 0.1; done
creds=$(cd ../client && SIGNAL_URL="http://127.0.0.1:$port" node register.mjs +15555550999)
user=${creds% *}
password=${creds#* }
# shellcheck disable=SC2046
schemathesis run "$root/api.yaml" --url "http://127.0.0.1:$port" --auth "$user:$password" \
  --checks not_a_server_error --workers 1 --seed 1 --max-time "${CONTRACT_SECONDS:-90}" \
  --request-timeout 10 --no-color $(python3 excluded.py "$root") || { tail -50 "$dir/server.log"; exit 1; }
