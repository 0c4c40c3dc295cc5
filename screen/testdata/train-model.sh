#!/usr/bin/env bash
# Trains the text model of the built-in lexicon (screen/LEXICON.md, "The text model") and
# writes it into screen/lexicon_nl.tsv. The training sets: the development parts of the
# realistic registrations (never a held-out part), the HateCheck development texts
# without any group reference (short hostile statements that are no discrimination), and
# 4,000 synthetic registrations from `stelsel gen --seed 3` (ordinary police prose: without
# them the model took "hoorde", "aangever" and "wij" for signs of discrimination and
# flagged a third of the synthetic corpus). It prints, for each set, what a model trained on
# the others adds, then the held-out figures.
#
#   screen/testdata/train-model.sh [THRESHOLD [COUNTERWEIGHT]]     (defaults 0.8 and -4)
set -euo pipefail
cd "$(dirname "$0")/../.."
threshold=${1:-0.8}
counter=${2:--4}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/stelsel" ./cmd/stelsel
d=screen/testdata
{
	printf 'grounds\ttext\tlabel\n'
	for f in $d/hatecheck-dev.tsv $d/hatecheck-dev2.tsv $d/hatecheck-dev4.tsv $d/hatecheck-dev5.tsv \
		$d/hatecheck-lead-dev1.tsv $d/hatecheck-lead-dev2.tsv $d/hatecheck-lead-dev3.tsv; do
		grep -v '^#' "$f" | awk -F'\t' '$1 == "-" && $3 ~ /^geen_groep/'
	done
} >"$dir/hatecheck-geen-groep.tsv"
"$dir/stelsel" gen --format jsonl -n 4000 --seed 3 --labels "$dir/labels.jsonl" >"$dir/synth.jsonl"
{
	printf 'grounds\ttext\n'
	paste <(jq -r 'if (.grounds | length) == 0 then "-" else (.grounds | join(",")) end' "$dir/labels.jsonl") \
		<(jq -r '.tekst | gsub("[\t\n\r]"; " ")' "$dir/synth.jsonl")
} >"$dir/synthetisch-seed3.tsv"
"$dir/stelsel" lexicon train --lexicon screen/lexicon_nl.tsv --out screen/lexicon_nl.tsv --threshold "$threshold" --counterweight "$counter" \
	$d/registrations-dev.tsv $d/registrations-dev2.tsv $d/registrations-dev3.tsv $d/registrations-dev4.tsv \
	$d/registrations-dev5.tsv $d/registrations-dev6.tsv $d/registrations-dev7.tsv $d/registrations-dev8.tsv \
	$d/registrations-dev9.tsv $d/registrations-dev10.tsv $d/registrations-dev11.tsv $d/registrations-lead-dev.tsv \
	"$dir/hatecheck-geen-groep.tsv" "$dir/synthetisch-seed3.tsv"
go build -o "$dir/stelsel" ./cmd/stelsel
for f in $d/registrations-heldout*.tsv $d/registrations-lead-heldout.tsv $d/hatecheck-*heldout*.tsv; do
	printf '%-34s' "$(basename "$f" .tsv)"
	"$dir/stelsel" lexicon eval "$f" | grep totaal
done
