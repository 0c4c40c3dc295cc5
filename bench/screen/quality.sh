#!/usr/bin/env bash
# Recall and negatives flagged per ground on synthetic registrations from `stelsel gen`,
# whose labels were written apart from the lexicon (a second opinion next to the
# development set in screen/testdata/devset.tsv).
#
#   [SEED=N] bench/screen/quality.sh [RECORDS] [SHARE]   (default seed 7, 50000 records, share 0.05)
# The lexicon was tuned on seed 7; other seeds draw new registrations from the same generator.
set -euo pipefail
cd "$(dirname "$0")/../.."
records=${1:-50000}
share=${2:-0.05}
dir=${BENCH_DIR:-/tmp/stelsel-bench-screen}
mkdir -p "$dir"
bin="$dir/stelsel"
go build -o "$bin" ./cmd/stelsel
"$bin" gen --format jsonl -n "$records" --seed "${SEED:-7}" --share "$share" --labels "$dir/q-labels.jsonl" >"$dir/q.jsonl"
{
	echo -e "grounds\ttext"
	paste <(jq -r 'if (.grounds | length) == 0 then "-" else (.grounds | join(",")) end' "$dir/q-labels.jsonl") \
		<(jq -r '.tekst | gsub("[\t\n\r]"; " ")' "$dir/q.jsonl")
} >"$dir/q-devset.tsv"
"$bin" lexicon eval "$dir/q-devset.tsv"
