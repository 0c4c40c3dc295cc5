#!/usr/bin/env bash
# Writes a hit-dense corpus of real Dutch text for bench/screen/run.sh (issue 11): the
# paragraphs of /work/shared/seed/ ($SEED_DIR) (a police report on discrimination and racism: nearly every
# paragraph holds a lexicon term) mixed with realistic registrations (the development sets
# of screen/testdata, discriminatory and neutral, and discriminatory texts of `stelsel gen`),
# shuffled with a fixed seed and repeated up to about SIZE_MB (default 40) of JSONL.
#
#   bench/screen/dense.sh BIN OUT.jsonl [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$1
out=$2
size_mb=${3:-40}
seed=${SEED_DIR:-/work/shared/seed}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Paragraphs: blank-line separated, joined into one line each.
awk 'BEGIN{RS=""} {gsub(/[ \t]*\n[ \t]*/, " "); if (length($0) > 40) print}' "$seed"/*.txt >"$tmp/texts"
for f in screen/testdata/hatecheck-dev.tsv screen/testdata/registrations-dev.tsv screen/testdata/devset.tsv; do
	awk -F'\t' '!/^#/ && $1 != "grounds" && NF >= 2 {print $2}' "$f" >>"$tmp/texts"
done
"$bin" gen --format jsonl -n 4000 --seed 11 --share 0.5 | jq -r '.tekst | gsub("[\t\n\r]"; " ")' >>"$tmp/texts"
n=0
: >"$out.tmp"
while [ "$(stat -c %s "$out.tmp")" -lt $((size_mb * 1000000)) ]; do
	n=$((n + 1))
	shuf --random-source=<(yes "$n") "$tmp/texts" | jq -R -c --argjson n "$n" '{registratienummer: ("D-" + ($n|tostring) + "-" + (input_line_number|tostring)), tekst: .}' >>"$out.tmp"
done
mv "$out.tmp" "$out"
