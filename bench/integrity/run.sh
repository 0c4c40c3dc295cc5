#!/usr/bin/env bash
# Integrity system load benchmark (issue 8): 10,000 cases with 50,000 dossier entries,
# 20 concurrent VIK users on the dashboard and case pages, on SQLite and, when
# STELSEL_BENCH_POSTGRES is a scratch database URL, on PostgreSQL too (else a throwaway
# cluster). Prints p50, p95 and p99 per page beside the database reading one case row
# (the reference), for two load models on each database:
#   - users: 20 logged-in users, each reading a page for THINK (default 1s, uniform
#     between half and one and a half times it) before the next: people at a fast pace;
#   - saturation: 20 clients sending the next request the moment the last one is
#     answered, many times the page rate of 20 people: what the machine can take.
#
#   bench/integrity/run.sh
#   CASES=2000 ENTRIES=10000 DURATION=10s USERS_DURATION=30s THINK=2s bench/integrity/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/out/integrity
mkdir -p "$out"
go build -o "$out/bench-integrity" ./bench/integrity
CASES=${CASES:-10000}
ENTRIES=${ENTRIES:-50000}
args=(--cases "$CASES" --entries "$ENTRIES" --clients "${CLIENTS:-20}" --duration "${DURATION:-20s}")
# both load models on one database
both() {
  echo "-- users"
  "$out/bench-integrity" --db "$1" "${args[@]}" --duration "${USERS_DURATION:-60s}" --think "${THINK:-1s}"
  echo "-- saturation"
  "$out/bench-integrity" --db "$1" "${args[@]}" --think 0
}
echo "== SQLite"
both "$out/stelsel-$CASES.db"
# Without STELSEL_BENCH_POSTGRES, a throwaway PostgreSQL 15 cluster (as db/dbtest starts one).
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
if [ -z "${STELSEL_BENCH_POSTGRES:-}" ] && [ -x "$PGBIN/initdb" ]; then
  pgdir=$(mktemp -d); chmod 755 "$pgdir"
  runas=()
  if [ "$(id -u)" = 0 ]; then
    u=postgres; id postgres >/dev/null 2>&1 || u=nobody
    chown "$u" "$pgdir"; runas=(runuser -u "$u" --)
  fi
  "${runas[@]}" "$PGBIN/initdb" -D "$pgdir/data" -U stelsel --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  port=$(( 20000 + RANDOM % 20000 ))
  "${runas[@]}" "$PGBIN/pg_ctl" -D "$pgdir/data" -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=100" \
    -l "$pgdir/log" -w start >/dev/null
  trap '"${runas[@]}" "$PGBIN/pg_ctl" -D "$pgdir/data" -m immediate -w stop >/dev/null; rm -rf "$pgdir"' EXIT
  STELSEL_BENCH_POSTGRES="postgres://stelsel@127.0.0.1:$port/postgres?sslmode=disable"
fi
if [ -n "${STELSEL_BENCH_POSTGRES:-}" ]; then
  echo "== PostgreSQL"
  both "$STELSEL_BENCH_POSTGRES"
fi
