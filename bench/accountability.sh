#!/usr/bin/env bash
# The accountability benchmark of issue 5 (docs/benchmarks.md, "Accountability (issue 5)"): Sikerja published in
# Release against its own PostgreSQL holding a 10,000-employee regency with a year of generated daily reports
# (Monday to Friday, 1-4 activities each, linked to agreed performance targets), travel permits with their
# decisions, and signed monthly travel recaps; then, one request after another, the pages the targets name:
#   the employee's /Reports (today, and a day last month)     < 100 ms on the server, < 60 KB
#   the superior's /Reports/Review (first page; the superior with the largest team)   < 100 ms, < 60 KB
#   the Sekda's /TravelRecaps/Consolidated?month=<last month> (every agency's recap)  < 2 s
# The server time is the Server-Timing header's app;dur (judged at the 95th percentile), the weight the body as sent
# without Accept-Encoding (60 KB = 61,440 bytes). The cluster, the tenant and its data are kept in --dir between runs
# (the data is made once, for the year before the first run's day); --fresh starts over. Report (Markdown) on
# standard output, progress on standard error; exit 0 when every target holds, 3 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
ARGS="$*"

EMPLOYEES=10000 PRESET=kukar REQUESTS=30 WARMUP=5 DIR=/tmp/sikerja-acct-bench PG_PORT=5160 WEB_PORT=5161 FRESH= NO_BUILD=
usage() {
  cat >&2 <<EOF
usage: bench/accountability.sh [options]
  --employees N      size of the generated regency (first run)                 [$EMPLOYEES]
  --requests N       timed requests per page, one after another                [$REQUESTS]
  --warmup N         untimed requests per page before them                     [$WARMUP]
  --dir DIR          where the cluster, scenario, accounts and logs are kept    [$DIR]
  --pg-port P, --web-port P                                                    [$PG_PORT, $WEB_PORT]
  --no-build         use the web host and helper already built in DIR and bench/
  --fresh            drop what --dir holds and start over
EOF
  exit 2
}
while [ $# -gt 0 ]; do
  case "$1" in
    --employees) EMPLOYEES=$2; shift 2 ;; --requests) REQUESTS=$2; shift 2 ;; --warmup) WARMUP=$2; shift 2 ;;
    --dir) DIR=$2; shift 2 ;; --pg-port) PG_PORT=$2; shift 2 ;; --web-port) WEB_PORT=$2; shift 2 ;;
    --no-build) NO_BUILD=1; shift ;; --fresh) FRESH=1; shift ;; *) usage ;;
  esac
done
say() { echo "accountability.sh: $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

source scripts/throwaway-postgres.sh   # as_root, need_package
need_package postgresql /usr/lib/postgresql
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_ctl() { as_postgres "$PG_BIN/pg_ctl" -D "$DIR/pg/data" "$@"; }
sql() { PGOPTIONS='-c client_min_messages=warning' "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d sikerja -v ON_ERROR_STOP=1 -Atq "$@"; }

WEB_PID=
stop_all() {
  if [ -n "$WEB_PID" ]; then kill "$WEB_PID" 2>/dev/null || true; wait "$WEB_PID" 2>/dev/null || true; fi
  if [ -f "$DIR/pg/data/postmaster.pid" ]; then pg_ctl -m fast -w stop >/dev/null 2>&1 || true; fi
}
trap stop_all EXIT

# --- build: the web host published in Release and ReadyToRun, as it is deployed -------------------------------
TOOL_DLL=bench/Sikerja.AccountabilityBenchmarks/bin/Release/net10.0/Sikerja.AccountabilityBenchmarks.dll
if [ -z "$NO_BUILD" ]; then
  say "building (Release)"
  dotnet publish src/Sikerja.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$DIR/web" -nologo -v quiet | grep -v NU1603 >&2 || true
  dotnet build bench/Sikerja.AccountabilityBenchmarks -c Release -nologo -v quiet | grep -v NU1603 >&2 || true
fi
[ -f "$DIR/web/Sikerja.Web.dll" ] && [ -f "$TOOL_DLL" ] || { say "build failed"; exit 1; }
tool() { dotnet "$TOOL_DLL" "$@"; }

# --- the database cluster, kept in DIR -------------------------------------------------------------------------
if [ -n "$FRESH" ]; then rm -rf "$DIR/pg" "$DIR/scenario.json" "$DIR/accounts.tsv" "$DIR/data-day"; fi
mkdir -p "$DIR/pg" "$DIR/runs"
if [ ! -d "$DIR/pg/data" ]; then
  [ "$(id -u)" -eq 0 ] && chown postgres "$DIR/pg"
  as_postgres "$PG_BIN/initdb" -D "$DIR/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Durable as in production (fsync and synchronous commit stay on).
  cat <<EOF | as_postgres tee -a "$DIR/pg/data/postgresql.conf" >/dev/null
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR/pg'
max_connections = 100
shared_buffers = 1GB
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = all
max_wal_size = 4GB
EOF
fi
pg_ctl -l "$DIR/pg/log" -w start >/dev/null
PG_VERSION=$("$PG_BIN/postgres" --version | awk '{print $3}')
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atqc "SELECT 1 FROM pg_database WHERE datname = 'sikerja'" | grep -q 1 \
  || "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres sikerja
CS="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=sikerja"

# --- the regency and its year of data (first run), the measured accounts ----------------------------------------
ZONE=Asia/Makassar   # the kukar preset's zone
[ -f "$DIR/data-day" ] || TZ=$ZONE date +%F >"$DIR/data-day"
DATA_DAY=$(cat "$DIR/data-day")
FIRST_DAY=$(date -d "$DATA_DAY -1 year +1 day" +%F)
if [ ! -f "$DIR/scenario.json" ]; then
  say "generating a regency of $EMPLOYEES employees (preset $PRESET)"
  # Monday to Friday, no holidays; the circular in force over the whole generated year.
  python3 ../shared/tools/gen_scenario.py --employees "$EMPLOYEES" --preset "$PRESET" --start "$DATA_DAY" --days 1 \
    | python3 -c '
import json, sys
s = json.load(sys.stdin); day, first = sys.argv[1], sys.argv[2]
s["period"] = {"from": day, "to": day}
s["calendar"] = {"workDays": ["Mon","Tue","Wed","Thu","Fri"], "holidays": []}
s["policy"]["effectiveFrom"] = first; s["policy"]["effectiveUntil"] = None
json.dump(s, sys.stdout)' "$DATA_DAY" "$FIRST_DAY" > "$DIR/scenario.json.tmp"
  mv "$DIR/scenario.json.tmp" "$DIR/scenario.json"
fi
say "preparing the tenant, a year of data ($FIRST_DAY to $DATA_DAY) and the accounts"
tool prepare --postgres "$CS" --scenario "$DIR/scenario.json" --day "$DATA_DAY" --accounts "$DIR/accounts.tsv"
TENANT_ID=$(sql -c "SELECT \"Id\" FROM \"Tenants\" WHERE \"Code\" = 'bench'")
sql -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
COUNTS=$(for t in Employees DailyReports ReportActivities PerformanceTargets TravelPermits TravelDecisions TravelRecaps TravelRecapLines; do
  printf '%s %s, ' "$(sql -c "SELECT to_char(count(*), 'FM999,999,999') FROM \"$t\" WHERE \"TenantId\" = '$TENANT_ID'")" "$t"; done | sed 's/, $//')
SIZE=$(sql -c "SELECT pg_size_pretty(pg_database_size('sikerja'))")
account() { awk -F'\t' -v r="$1" '$1 == r { print $2 " (" $3 ", " $4 ")" }' "$DIR/accounts.tsv"; }

# --- the web host: production settings, warnings only in the log ----------------------------------------------
say "starting Sikerja on 127.0.0.1:$WEB_PORT"
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$WEB_PORT" ConnectionStrings__Postgres="$CS" \
  Sikerja__MigrateOnStart=false Sikerja__SeedDemoWhenEmpty=false \
  Logging__LogLevel__Default=Warning \
  dotnet "$DIR/web/Sikerja.Web.dll" --contentRoot "$DIR/web" >"$DIR/web.log" 2>&1 &
WEB_PID=$!
URL="http://127.0.0.1:$WEB_PORT"
for _ in $(seq 1 120); do curl -fs "$URL/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$URL/health" >/dev/null || { say "Sikerja did not start: see $DIR/web.log"; exit 1; }

# --- the pages ------------------------------------------------------------------------------------------------
TODAY=$(TZ=$ZONE date +%F)
LAST_MONTH=$(date -d "$(date -d "$TODAY" +%Y-%m-01) -1 month" +%Y-%m)
PAST_DAY=$(date -d "$TODAY -1 month" +%F)   # the same date last month, moved back to a Friday if on a weekend
case $(date -d "$PAST_DAY" +%u) in 6) PAST_DAY=$(date -d "$PAST_DAY -1 day" +%F) ;; 7) PAST_DAY=$(date -d "$PAST_DAY -2 day" +%F) ;; esac
printf '%s\t%s\t%s\n' \
  "report-today" employee "/Reports" \
  "report-last-month" employee "/Reports?date=$PAST_DAY" \
  "review" superior "/Reports/Review" \
  "recap-consolidated" sekda "/TravelRecaps/Consolidated?month=$LAST_MONTH" >"$DIR/runs/plan.tsv"
say "timing ${REQUESTS} requests per page after ${WARMUP} to warm up"
sql -c "SELECT pg_stat_statements_reset()" >/dev/null
LOAD_BEFORE=$(load)
tool measure --server "$URL/" --accounts "$DIR/accounts.tsv" --plan "$DIR/runs/plan.tsv" --requests "$REQUESTS" --warmup "$WARMUP" >"$DIR/runs/pages.tsv"
LOAD_AFTER=$(load)
sql -c "SELECT round(mean_exec_time::numeric, 2) || ' ms mean, ' || calls || ' calls, ' || rows || ' rows: ' || left(regexp_replace(query, '\s+', ' ', 'g'), 200)
        FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'sikerja') AND calls >= $REQUESTS
        ORDER BY mean_exec_time DESC LIMIT 12" >"$DIR/runs/statements.txt"

# --- report ---------------------------------------------------------------------------------------------------
rm -f "$DIR/runs/failed"
verdict() { if eval "$1"; then echo "yes"; else echo "$1" >>"$DIR/runs/failed"; echo "**no**"; fi; }
cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)
mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
cat <<EOF
Run of $(date -u '+%Y-%m-%d %H:%M') UTC, today $TODAY ($ZONE). Command: \`bench/accountability.sh${ARGS:+ $ARGS}\` (--requests $REQUESTS --warmup $WARMUP).
Machine: $(nproc) processors ($cpu), $mem memory, $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version), PostgreSQL $PG_VERSION
(fsync and synchronous commit on, shared_buffers 1GB); Sikerja (Release, ReadyToRun) and PostgreSQL on the same machine, shared with other builds.
Load average (1, 5, 15 min) before the timed requests: $LOAD_BEFORE; after: $LOAD_AFTER.
Tenant: $(python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(len(s["employees"]), "employees,", len(s["units"]), "units")' "$DIR/scenario.json"); data of $FIRST_DAY to $DATA_DAY: $COUNTS (database $SIZE).
Accounts: employee $(account employee); superior $(account superior); Sekda $(account sekda).
Response compression: $(awk -F'\t' 'NR > 1 { print $11 }' "$DIR/runs/pages.tsv" | sort -u | paste -sd, | sed 's/^none$/off (no Content-Encoding for Accept-Encoding: gzip, br); sizes are the bodies as sent/').

| page | requests | server time median / p95 / max | client median | body | holds |
|---|---|---|---|---|---|
EOF
while IFS=$'\t' read -r name path n ok status median p95 max client bytes encoding encoded; do
  [ "$name" = name ] && continue
  case $name in recap-*) limit=2000 weight= ;; *) limit=100 weight=61440 ;; esac
  time_ok=$(verdict "[ $ok -eq $n ] && awk 'BEGIN { exit !($p95 < $limit) }'")
  if [ -n "$weight" ]; then size_ok="; < 60 KB: $(verdict "[ $bytes -lt $weight ]")"; else size_ok=; fi
  kb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f KB", b / 1024 }')
  echo "| \`$path\` ($name) | $n ($status) | $median / **$p95** / $max ms | $client ms | **$kb** ($bytes bytes$( [ "$encoding" = none ] || echo "; $encoding: $encoded")) | < $limit ms: $time_ok$size_ok |"
done <"$DIR/runs/pages.tsv"
echo
echo "Slowest statements of the timed requests (pg_stat_statements, mean time, called at least $REQUESTS times):"
echo
sed 's/^/    /' "$DIR/runs/statements.txt"
[ ! -s "$DIR/runs/failed" ] || exit 3
