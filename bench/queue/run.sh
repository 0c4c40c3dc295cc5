#!/usr/bin/env bash
# Queue benchmark (issue 3): first page of the review queue filtered by unit at 1,000,000
# registrations. Reuses the database of bench/import/run.sh when it is there; otherwise
# generates and imports N (default 1,000,000) synthetic registrations into SQLite first.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-1000000}
dbfile=bench/out/import/stelsel.db
if [ ! -f "$dbfile" ]; then
  out=bench/out/queue; mkdir -p "$out"; dbfile="$out/stelsel.db"
  if [ ! -f "$dbfile" ]; then
    go build -o "$out/stelsel" ./cmd/stelsel
    "$out/stelsel" gen --n "$N" --seed 1 > "$out/registraties.csv"
    "$out/stelsel" import --db "$dbfile" "$out/registraties.csv"
  fi
fi
go run ./bench/queue --db "$dbfile"
