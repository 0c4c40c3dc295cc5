#!/usr/bin/env bash
# Import benchmark (issue 3): import + screening of N synthetic registrations by stelsel,
# side by side with the floor of each database loading the same CSV into a plain table:
# the sqlite3 command line's .import, and PostgreSQL's COPY (psql \copy).
#
#   bench/import/run.sh            # N=1000000
#   N=100000 bench/import/run.sh   # quicker
#   SKIP_PG=1 bench/import/run.sh  # SQLite only
#   IMPORT_FLAGS="--batch 50000" bench/import/run.sh   # flags for stelsel import
#
# To see where an import's time goes: go run ./bench/import/profile --cpuprofile cpu.out
# --db /tmp/p.db bench/out/import/registraties.csv (the import alone, with its I/O counts).
#
# Needs: go, sqlite3, psql and a PostgreSQL server (initdb/pg_ctl on PATH or under
# /usr/lib/postgresql/*/bin). Output goes to bench/out/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/../.."
# Every stelsel command that writes the audit trail needs its key (README: audit key).
export STELSEL_AUDIT_KEY=${STELSEL_AUDIT_KEY:-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')}
N=${N:-1000000}
out=bench/out/import
rm -rf "$out" && mkdir -p "$out"
go build -o "$out/stelsel" ./cmd/stelsel
csv="$out/registraties.csv"

now() { date +%s.%N; }
# timed CMD...: runs CMD; sets wall (seconds) and cpu (user+sys seconds of CMD). Other
# jobs on the machine stretch wall but not cpu, so both are printed.
timed() {
  local tf; tf=$(mktemp)
  { TIMEFORMAT='%R %U %S'; time "$@" 2>>"$out/stderr.log"; } 2>"$tf"
  read -r wall user sys <"$tf"; rm -f "$tf"
  cpu=$(echo "$user + $sys" | bc)
}
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "generating $N synthetic registrations ..."
t0=$(now); "$out/stelsel" gen --n "$N" --seed 1 > "$csv"; t1=$(now)
printf "  %s in %.1fs\n" "$(du -h "$csv" | cut -f1)" "$(echo "$t1 - $t0" | bc)"

cols="registratienummer TEXT, soort TEXT, eenheid TEXT, basisteam TEXT, incidentcode TEXT, omschrijving TEXT, pleegdatum TEXT, registratiedatum TEXT, gemeente TEXT, tekst TEXT"

# --- SQLite ---------------------------------------------------------------------------
sqlite3 "$out/floor.db" "CREATE TABLE r ($cols);"
timed sqlite3 "$out/floor.db" ".import --csv --skip 1 $csv r"
floor_s=$wall floor_cpu=$cpu
read -r -a flags <<<"${IMPORT_FLAGS:-}"
timed "$out/stelsel" import "${flags[@]}" --db "$out/stelsel.db" "$csv" > "$out/sqlite-import.log"
ours_s=$wall ours_cpu=$cpu
rows=$(sqlite3 "$out/stelsel.db" "SELECT count(*) FROM registrations")
flagged=$(sqlite3 "$out/stelsel.db" "SELECT count(*) FROM queue_items")

echo
echo "SQLite, $N registrations"
printf "  %-44s %8.1fs wall %7.1fs cpu %10s reg/s\n" "sqlite3 .import into a plain table (floor)" "$floor_s" "$floor_cpu" "$(rate "$N" "$floor_s")"
printf "  %-44s %8.1fs wall %7.1fs cpu %10s reg/s  (%s stored, %s in queue)\n" "stelsel import${IMPORT_FLAGS:+ $IMPORT_FLAGS} + screening" "$ours_s" "$ours_cpu" "$(rate "$N" "$ours_s")" "$rows" "$flagged"
echo "  ratio stelsel/floor: $(ratio "$ours_s" "$floor_s")x (goal: within 3x)"
echo
go run ./bench/queue --db "$out/stelsel.db"

# --- PostgreSQL -----------------------------------------------------------------------
if [ -n "${SKIP_PG:-}" ]; then exit 0; fi
bin=$(dirname "$(command -v pg_ctl || ls /usr/lib/postgresql/*/bin/pg_ctl | tail -1)")
pgdir=$(mktemp -d /tmp/stelsel-bench-pg-XXXXXX)
as=()
if [ "$(id -u)" = 0 ]; then
  user=postgres; id "$user" >/dev/null 2>&1 || user=nobody
  chown "$user" "$pgdir"; chmod 755 "$pgdir"; as=(runuser -u "$user" --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"${as[@]}" "$bin/initdb" -D "$pgdir/data" -U stelsel --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c max_wal_size=4GB" start >/dev/null
trap '"${as[@]}" "$bin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null; rm -rf "$pgdir"' EXIT
p() { psql -q -h 127.0.0.1 -p "$port" -U stelsel -v ON_ERROR_STOP=1 "$@"; }
p -d postgres -c "CREATE DATABASE floor" -c "CREATE DATABASE stelsel"
p -d floor -c "CREATE TABLE r ($cols)"
timed p -d floor -c "\\copy r FROM '$csv' CSV HEADER"
floor_s=$wall
dsn="postgres://stelsel@127.0.0.1:$port/stelsel?sslmode=disable"
timed "$out/stelsel" import "${flags[@]}" --db "$dsn" "$csv" > "$out/pg-import.log"
ours_s=$wall ours_cpu=$cpu
rows=$(p -d stelsel -Atc "SELECT count(*) FROM registrations")
echo
echo "PostgreSQL, $N registrations"
printf "  %-44s %8.1fs wall %10s reg/s  (the server's cpu is not counted)\n" "psql \\copy into a plain table (floor)" "$floor_s" "$(rate "$N" "$floor_s")"
printf "  %-44s %8.1fs wall %7.1fs cpu %10s reg/s  (%s stored; stelsel's own cpu)\n" "stelsel import${IMPORT_FLAGS:+ $IMPORT_FLAGS} + screening" "$ours_s" "$ours_cpu" "$(rate "$N" "$ours_s")" "$rows"
echo "  ratio stelsel/floor: $(ratio "$ours_s" "$floor_s")x (goal: within 3x)"
echo
go run ./bench/queue --db "$dsn"
