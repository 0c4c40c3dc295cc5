#!/usr/bin/env bash
# Benchmark of the screening engine against ripgrep, side by side in one run (issue 2).
#
#   bench/screen/run.sh [RECORDS]        (default 260000 records, about 530 MB of JSONL)
#
# 1. builds stelsel and generates realistic Dutch registrations with `stelsel gen`
#    (synthetic BVH texts with the usual share of discriminatory texts and near misses);
# 2. writes the lexicon's terms to terms.txt and the texts alone to corpus.txt;
# 3. times, on one core, best of three:
#    - ripgrep: rg -j1 -F -i -c -f terms.txt corpus.txt (texts only)
#    - stelsel screen --bench: records loaded first, then screening alone on one core
#      (normalisation, matching, exceptions, offsets) over the same texts
#    - end to end: GOMAXPROCS=1 stelsel screen --workers 1 (JSON in, JSON out) against
#      rg on the same JSONL file. Read that rg figure with care: -c counts matching lines
#      and rg leaves a line at its first match; the terms include short frame words
#      ("dat", "zijn", "geen") that match near the start of every JSONL line, so rg reads
#      little of each record there, while stelsel screens all of it;
# 4. prints MB/s for each and the ratios, and the CPU seconds of ripgrep and of
#    screening alone (a busy machine distorts wall time more), for the synthetic corpus and for a hit-dense
#    corpus of real Dutch prose (bench/screen/dense.sh: the seed paragraphs mixed with
#    realistic registrations).
# Work files go to $BENCH_DIR (default /tmp/stelsel-bench-screen); they are kept for reruns.
# To profile the engine on the same texts:
#   STELSEL_BENCH_CORPUS=$BENCH_DIR/corpus-20000.jsonl go test -run - -bench Corpus \
#     -cpuprofile cpu.prof ./screen/ && go tool pprof -top cpu.prof
set -euo pipefail
cd "$(dirname "$0")/../.."
# The figures are ratios against ripgrep: without it they would be meaningless.
for tool in rg jq; do
	if ! command -v "$tool" >/dev/null; then
		echo "bench/screen/run.sh: '$tool' is not installed (Debian: apt-get install -y ripgrep jq)" >&2
		exit 1
	fi
done
records=${1:-260000}
dir=${BENCH_DIR:-/tmp/stelsel-bench-screen}
mkdir -p "$dir"
bin="$dir/stelsel"
go build -o "$bin" ./cmd/stelsel

corpus="$dir/corpus-$records.jsonl"
if [ ! -s "$corpus" ]; then
	echo "generating $records registrations..." >&2
	"$bin" gen --format jsonl -n "$records" --seed 1 >"$corpus.tmp"
	mv "$corpus.tmp" "$corpus"
fi
texts="$dir/corpus-$records.txt"
if [ ! -s "$texts" ]; then
	jq -r '.tekst' "$corpus" >"$texts.tmp"
	mv "$texts.tmp" "$texts"
fi
terms="$dir/terms.txt"
# The terms only (not the rule lines after the "rule" header).
"$bin" lexicon show | awk -F'\t' '/^rule\t/ {r = 1} !r && !/^#/ && $1 != "term" && $1 != "" {print $1}' >"$terms"

# The hit-dense corpus of real Dutch text (issue 11): the seed paragraphs mixed with
# realistic registrations (bench/screen/dense.sh).
dense="$dir/dense.jsonl"
if [ ! -s "$dense" ]; then
	echo "writing the hit-dense corpus..." >&2
	bench/screen/dense.sh "$bin" "$dense" 40
fi
dense_texts="$dir/dense.txt"
if [ ! -s "$dense_texts" ]; then
	jq -r '.tekst' "$dense" >"$dense_texts.tmp"
	mv "$dense_texts.tmp" "$dense_texts"
fi

# best of three wall-clock seconds of a command
best() {
	local b="" s e t
	for _ in 1 2 3; do
		s=$(date +%s.%N)
		"$@" >/dev/null
		e=$(date +%s.%N)
		t=$(echo "$e - $s" | bc -l)
		if [ -z "$b" ] || (($(echo "$t < $b" | bc -l))); then b=$t; fi
	done
	echo "$b"
}
mbps() { echo "scale=1; $1 / 1000000 / $2" | bc -l; }
# best of three CPU seconds (user + system) of a command: on a busy machine wall time
# says more about the neighbours than about the program.
bestcpu() {
	local b="" t
	for _ in 1 2 3; do
		t=$(/usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{print $1 + $2}')
		if [ -z "$b" ] || (($(echo "$t < $b" | bc -l))); then b=$t; fi
	done
	echo "$b"
}

# measure NAME JSONL TEXTS: the figures of one corpus.
measure() {
	local name=$1 corpus=$2 texts=$3
	local jsonl_bytes text_bytes rg_text rg_jsonl rg_cpu engine engine_cpu m c out e2e flagged
	jsonl_bytes=$(stat -c %s "$corpus")
	text_bytes=$(stat -c %s "$texts")
	cat "$corpus" "$texts" >/dev/null # into the page cache
	rg_text=$(best rg -j1 -F -i -c -f "$terms" "$texts")
	rg_jsonl=$(best rg -j1 -F -i -c -f "$terms" "$corpus")
	rg_cpu=$(bestcpu rg -j1 -F -i -c -f "$terms" "$texts")
	engine="" engine_cpu=""
	for _ in 1 2 3; do
		out=$("$bin" screen --bench --in "$corpus" --id-field registratienummer --text-field tekst)
		m=$(echo "$out" | awk '$1 == "mb_per_s" {print $2}')
		c=$(echo "$out" | awk '$1 == "cpu_seconds" {print $2}')
		if [ -z "$engine" ] || (($(echo "$m > $engine" | bc -l))); then engine=$m; fi
		if [ -z "$engine_cpu" ] || (($(echo "$c < $engine_cpu" | bc -l))); then engine_cpu=$c; fi
	done
	e2e=$(GOMAXPROCS=1 best "$bin" screen --workers 1 --in "$corpus" --id-field registratienummer --text-field tekst)
	flagged=$("$bin" screen --in "$corpus" --id-field registratienummer --text-field tekst | grep -c '"flagged":true' || true)
	local rg_text_mbps rg_jsonl_mbps e2e_mbps
	rg_text_mbps=$(mbps "$text_bytes" "$rg_text")
	rg_jsonl_mbps=$(mbps "$jsonl_bytes" "$rg_jsonl")
	e2e_mbps=$(mbps "$jsonl_bytes" "$e2e")
	echo "$name: $(wc -l <"$corpus") registrations, $((jsonl_bytes / 1000000)) MB JSONL, $((text_bytes / 1000000)) MB text; $(wc -l <"$terms") terms; $flagged flagged by stelsel"
	echo "one core, best of three, MB/s"
	printf "%-52s %8s\n" "ripgrep -j1 -F -i -c -f terms.txt (texts)" "$rg_text_mbps"
	printf "%-52s %8s\n" "stelsel screen --bench (screening alone, texts)" "$engine"
	printf "%-52s %8s\n" "  ratio stelsel / ripgrep" "$(echo "scale=2; $engine / $rg_text_mbps" | bc -l)"
	printf "%-52s %8s\n" "ripgrep, CPU seconds (texts)" "$rg_cpu"
	printf "%-52s %8s\n" "stelsel screen --bench, CPU seconds of screening" "$engine_cpu"
	printf "%-52s %8s\n" "  ratio ripgrep CPU / stelsel CPU (above 1: faster)" "$(echo "scale=2; $rg_cpu / $engine_cpu" | bc -l)"
	printf "%-52s %8s\n" "ripgrep -j1 on the JSONL file" "$rg_jsonl_mbps"
	printf "%-52s %8s\n" "stelsel screen, GOMAXPROCS=1, JSONL in and out" "$e2e_mbps"
	printf "%-52s %8s\n" "  ratio stelsel / ripgrep (end to end)" "$(echo "scale=2; $e2e_mbps / $rg_jsonl_mbps" | bc -l)"
	echo
}
measure "synthetic corpus" "$corpus" "$texts"
measure "hit-dense corpus (seed paragraphs and realistic registrations)" "$dense" "$dense_texts"
