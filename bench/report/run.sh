#!/usr/bin/env bash
# Figures benchmark (issue 10): yearly figures, ODIHR export and trend series through the
# report service at N registrations (default 10,000,000) with D decisions (default
# 100,000), on SQLite and on PostgreSQL (a throwaway cluster from the local PostgreSQL 15
# binaries), each beside the database's own GROUP BY over the same rows.
# Each line gives the best wall time and the least CPU time of the runs (this process and,
# on PostgreSQL, the server backend): on a shared machine the CPU seconds show the work.
# The work grows with the decisions, not the registrations (migrations 00720, 00730).
# Generating 10M rows takes about 20 minutes per database on a loaded 2-core machine.
#   N=1000000 bench/report/run.sh      # smaller, for a quick look
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-10000000}
D=${D:-100000}
out=bench/out/report; mkdir -p "$out"
go build -o "$out/bench-report" ./bench/report

echo "== SQLite"
"$out/bench-report" --db "$out/stelsel-$N.db" --n "$N" --decisions "$D"

echo "== PostgreSQL"
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
pgdir=$(mktemp -d); port=$((20000 + RANDOM % 20000))
as=()
if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); chown postgres "$pgdir"; fi   # PostgreSQL refuses root
trap '"${as[@]}" "$PGBIN/pg_ctl" -D "$pgdir" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"' EXIT
"${as[@]}" "$PGBIN/initdb" -D "$pgdir" -U stelsel -A trust >/dev/null
"${as[@]}" "$PGBIN/pg_ctl" -D "$pgdir" -o "-p $port -k $pgdir -c shared_buffers=256MB -c fsync=off -c synchronous_commit=off" -l "$pgdir/log" -w start >/dev/null
"${as[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U stelsel bench
"$out/bench-report" --db "postgres://stelsel@127.0.0.1:$port/bench?sslmode=disable" --n "$N" --decisions "$D"
