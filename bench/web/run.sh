#!/usr/bin/env bash
# Web load benchmark (issue 4): 50 concurrent logged-in analysts on the queue and
# registration pages with 1,000,000 registrations in SQLite. Reuses the database of
# bench/import/run.sh (copied, since the run adds sessions and audit entries) or builds
# one with stelsel gen + stelsel import.
#
#   bench/web/run.sh                           # N=1000000, 50 clients, 30s
#   N=100000 CLIENTS=20 DURATION=10s bench/web/run.sh
#
# It runs twice: clients that pause about a second between pages, as analysts reading a
# registration do (the latency goal), and clients that never pause (the saturation
# throughput of this machine, with the load generator on the same two cores).
set -euo pipefail
cd "$(dirname "$0")/../.."
# Every stelsel command that writes the audit trail needs its key (README: audit key).
export STELSEL_AUDIT_KEY=${STELSEL_AUDIT_KEY:-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')}
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
go build -o "$out/bench-web" ./bench/web
echo "== ${CLIENTS:-50} clients, think time ${THINK:-1s}"
"$out/bench-web" --db "$dbfile" --clients "${CLIENTS:-50}" --duration "${DURATION:-30s}" --think "${THINK:-1s}"
echo "== ${CLIENTS:-50} clients, no think time (saturation)"
"$out/bench-web" --db "$dbfile" --clients "${CLIENTS:-50}" --duration "${DURATION:-30s}" --think 0
