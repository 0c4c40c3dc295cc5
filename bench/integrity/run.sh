#!/usr/bin/env bash
# Integrity system load benchmark (issue 8): 10,000 cases with 50,000 dossier entries,
# 20 concurrent VIK users on the dashboard and case pages, on SQLite and, when
# STELSEL_BENCH_POSTGRES is a scratch database URL, on PostgreSQL too. Prints median and
# p99 per page beside the database reading one case row (the reference).
#
#   bench/integrity/run.sh
#   CASES=2000 ENTRIES=10000 DURATION=10s bench/integrity/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/out/integrity
mkdir -p "$out"
go build -o "$out/bench-integrity" ./bench/integrity
CASES=${CASES:-10000}
ENTRIES=${ENTRIES:-50000}
args=(--cases "$CASES" --entries "$ENTRIES" --clients "${CLIENTS:-20}" --duration "${DURATION:-20s}")
echo "== SQLite"
"$out/bench-integrity" --db "$out/stelsel-$CASES.db" "${args[@]}"
if [ -n "${STELSEL_BENCH_POSTGRES:-}" ]; then
  echo "== PostgreSQL"
  "$out/bench-integrity" --db "$STELSEL_BENCH_POSTGRES" "${args[@]}"
fi
