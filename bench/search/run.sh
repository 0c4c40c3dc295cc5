#!/usr/bin/env bash
# Queue text search benchmark (issue 7 item 10) at N registrations (default 100,000, the
# demo's size) on SQLite and on a throwaway PostgreSQL 15 cluster, each beside LIKE over
# the same texts without an index.
#   N=1000000 bench/search/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-100000}
out=bench/out/search; mkdir -p "$out"
go build -o "$out/bench-search" ./bench/search
echo "== SQLite"
"$out/bench-search" --db "$out/stelsel-$N.db" --n "$N"
echo "== PostgreSQL"
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
pgdir=$(mktemp -d); port=$((20000 + RANDOM % 20000))
as=()
if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); chown postgres "$pgdir"; fi   # PostgreSQL refuses root
trap '"${as[@]}" "$PGBIN/pg_ctl" -D "$pgdir" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"' EXIT
"${as[@]}" "$PGBIN/initdb" -D "$pgdir" -U stelsel -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as[@]}" "$PGBIN/pg_ctl" -D "$pgdir" -o "-p $port -k $pgdir -c shared_buffers=256MB -c fsync=off -c synchronous_commit=off" -l "$pgdir/log" -w start >/dev/null
"${as[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U stelsel bench
"$out/bench-search" --db "postgres://stelsel@127.0.0.1:$port/bench?sslmode=disable" --n "$N"
