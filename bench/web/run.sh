#!/usr/bin/env bash
# Web load benchmark (issue 4): 50 concurrent logged-in analysts on the queue and
# registration pages with 1,000,000 registrations in SQLite. Reuses the database of
# bench/import/run.sh (copied, since the run adds sessions and audit entries) or builds
# one with stelsel gen + stelsel import.
#
#   bench/web/run.sh                           # N=1000000, 50 clients, 30s
#   N=100000 CLIENTS=20 DURATION=10s bench/web/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-1000000}
out=bench/out/web
mkdir -p "$out"
dbfile="$out/stelsel-$N.db"
if [ ! -f "$dbfile" ]; then
  if [ "$N" = 1000000 ] && [ -f bench/out/import/stelsel.db ]; then
    cp bench/out/import/stelsel.db "$dbfile"
  else
    go build -o "$out/stelsel" ./cmd/stelsel
    "$out/stelsel" gen --n "$N" --seed 1 > "$out/registraties.csv"
    "$out/stelsel" import --db "$dbfile" "$out/registraties.csv"
    rm -f "$out/registraties.csv"
  fi
fi
go run ./bench/web --db "$dbfile" --clients "${CLIENTS:-50}" --duration "${DURATION:-30s}"
