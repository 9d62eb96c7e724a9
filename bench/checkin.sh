#!/usr/bin/env bash
# The check-in benchmark of issue 4 (docs/benchmarks.md, "Check-ins (issue 4)"): Sikerja published in Release
# against its own PostgreSQL, wrk sending check-ins of distinct employees, pgbench as the ceiling, then the checks:
#   (a) wrk for --duration seconds: accepted check-ins/s and p99;   (b) pgbench one-row inserts, and the ratio;
#   (c) stored check-ins = acknowledged (201) responses, exactly;  (d) a replay of every request: every record stored
#       in (a) answered as a duplicate (a request (a) sent but never got stored may be stored now, once);
#   (e) a run with PostgreSQL restarted (pg_ctl restart -m fast) in the middle: 503s only, no timeouts, resumed,
#       every acknowledged check-in stored.
# The database cluster, the generated regency, its accounts and their tokens are kept in --dir between runs
# (password hashing makes 2,000 sign-ins slow); --fresh starts over. Report (Markdown) on standard output,
# progress on standard error; exit 0 when every check and target holds, 3 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
ARGS="$*"

EMPLOYEES=10000 ACCOUNTS=2000 DURATION=60 WARMUP=30 DRAIN=3 CONNECTIONS=32 THREADS=2 PGBENCH_CLIENTS=16 PGBENCH_SECONDS=30
DIR=/tmp/sikerja-checkin-bench PG_PORT=5150 WEB_PORT=5151 PRESET=kukar RESTART_AT=20 FRESH= SLOW_MS=-1 SKIP=
usage() {
  cat >&2 <<EOF
usage: bench/checkin.sh [options]
  --employees N      size of the generated regency (first run)                  [$EMPLOYEES]
  --accounts N       employees with an account and a token                      [$ACCOUNTS]
  --duration S       seconds of runs (a) and (e)                                 [$DURATION]
  --warmup S         seconds of load before (a), until the JIT has optimised the hot path [$WARMUP]
  --connections N    wrk connections (a closed loop: the rate follows from them) [$CONNECTIONS]
  --threads N        wrk threads                                                 [$THREADS]
  --pgbench-clients N, --pgbench-seconds S   the ceiling run                     [$PGBENCH_CLIENTS, $PGBENCH_SECONDS]
  --restart-at S     second of run (e) at which PostgreSQL is restarted          [$RESTART_AT]
  --slow-ms MS       log statements slower than this in DIR/pg/log (profiling)   [off]
  --skip LIST        leave out runs, comma-separated: pgbench,replay,restart
  --dir DIR          where the cluster, regency, tokens and logs are kept         [$DIR]
  --pg-port P, --web-port P                                                      [$PG_PORT, $WEB_PORT]
  --fresh            drop what --dir holds and start over
EOF
  exit 2
}
while [ $# -gt 0 ]; do
  case "$1" in
    --employees) EMPLOYEES=$2; shift 2 ;; --accounts) ACCOUNTS=$2; shift 2 ;; --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;; --connections) CONNECTIONS=$2; shift 2 ;; --threads) THREADS=$2; shift 2 ;;
    --pgbench-clients) PGBENCH_CLIENTS=$2; shift 2 ;; --pgbench-seconds) PGBENCH_SECONDS=$2; shift 2 ;;
    --restart-at) RESTART_AT=$2; shift 2 ;; --slow-ms) SLOW_MS=$2; shift 2 ;; --skip) SKIP=$2; shift 2 ;;
    --dir) DIR=$2; shift 2 ;; --pg-port) PG_PORT=$2; shift 2 ;; --web-port) WEB_PORT=$2; shift 2 ;;
    --fresh) FRESH=1; shift ;; *) usage ;;
  esac
done
skipped() { [[ ",$SKIP," == *",$1,"* ]]; }
say() { echo "checkin.sh: $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

source scripts/throwaway-postgres.sh   # as_root, need_package
need_package wrk /usr/bin/wrk
need_package postgresql-contrib /usr/bin/pgbench
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

# --- build: the web host published in Release and ReadyToRun (EF Core precompiled too), as it is deployed ----
say "building (Release)"
dotnet publish src/Sikerja.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$DIR/web" -nologo -v quiet | grep -v NU1603 >&2 || true
dotnet build bench/Sikerja.CheckInBenchmarks -c Release -nologo -v quiet | grep -v NU1603 >&2 || true
[ -f "$DIR/web/Sikerja.Web.dll" ] && [ -f bench/Sikerja.CheckInBenchmarks/bin/Release/net10.0/Sikerja.CheckInBenchmarks.dll ] || { say "build failed"; exit 1; }
tool() { dotnet bench/Sikerja.CheckInBenchmarks/bin/Release/net10.0/Sikerja.CheckInBenchmarks.dll "$@"; }

# --- the database cluster, kept in DIR -----------------------------------------------------------------------
if [ -n "$FRESH" ]; then rm -rf "$DIR/pg" "$DIR/scenario.json" "$DIR/users.txt" "$DIR/tokens.tsv"; fi
mkdir -p "$DIR/pg" "$DIR/runs"
if [ ! -d "$DIR/pg/data" ]; then
  [ "$(id -u)" -eq 0 ] && chown postgres "$DIR/pg"
  as_postgres "$PG_BIN/initdb" -D "$DIR/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Durable as in production (fsync and synchronous commit stay on); room for the web host's pool and pgbench.
  cat <<EOF | as_postgres tee -a "$DIR/pg/data/postgresql.conf" >/dev/null
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR/pg'
max_connections = 300
shared_buffers = 512MB
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = all
EOF
fi
as_postgres sed -i "s/^log_min_duration_statement = .*//" "$DIR/pg/data/postgresql.conf"
echo "log_min_duration_statement = $SLOW_MS" | as_postgres tee -a "$DIR/pg/data/postgresql.conf" >/dev/null
pg_ctl -l "$DIR/pg/log" -w start >/dev/null
PG_VERSION=$("$PG_BIN/postgres" --version | awk '{print $3}')
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atqc "SELECT 1 FROM pg_database WHERE datname = 'sikerja'" | grep -q 1 \
  || "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres sikerja
CS="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=sikerja"

# --- the regency, its roster for today, accounts ----------------------------------------------------------
DAY=$(TZ=Asia/Jakarta date +%F)
if [ ! -f "$DIR/scenario.json" ]; then
  say "generating a regency of $EMPLOYEES employees (preset $PRESET)"
  # Every day a working day, no holidays, the circular open-ended: the roster of any later run's day can be made.
  python3 ../shared/tools/gen_scenario.py --employees "$EMPLOYEES" --preset "$PRESET" --start "$DAY" --days 1 \
    | python3 -c '
import json, sys
s = json.load(sys.stdin); day = sys.argv[1]
s["period"] = {"from": day, "to": day}
s["calendar"] = {"workDays": ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"], "holidays": []}
s["policy"]["effectiveFrom"] = day; s["policy"]["effectiveUntil"] = None
json.dump(s, sys.stdout)' "$DAY" > "$DIR/scenario.json.tmp"
  mv "$DIR/scenario.json.tmp" "$DIR/scenario.json"
fi
say "preparing the tenant, the roster of $DAY and $ACCOUNTS accounts"
tool prepare --postgres "$CS" --scenario "$DIR/scenario.json" --day "$DAY" --accounts "$ACCOUNTS" --users "$DIR/users.txt"
TENANT_ID=$(sql -c "SELECT \"Id\" FROM \"Tenants\" WHERE \"Code\" = 'bench'")
sql -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"

# --- the web host: production settings, warnings only in the log ------------------------------------------
say "starting Sikerja on 127.0.0.1:$WEB_PORT"
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$WEB_PORT" ConnectionStrings__Postgres="$CS" \
  Sikerja__MigrateOnStart=false Sikerja__SeedDemoWhenEmpty=false \
  Logging__LogLevel__Default=Warning \
  dotnet "$DIR/web/Sikerja.Web.dll" --contentRoot "$DIR/web" >"$DIR/web.log" 2>&1 &
WEB_PID=$!
URL="http://127.0.0.1:$WEB_PORT"
for _ in $(seq 1 120); do curl -fs "$URL/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$URL/health" >/dev/null || { say "Sikerja did not start: see $DIR/web.log"; exit 1; }
tool tokens --server "$URL/" --users "$DIR/users.txt" --tokens "$DIR/tokens.tsv" --parallel 8

# --- the runs ---------------------------------------------------------------------------------------------
stored() { sql -c "SELECT count(*) FROM \"CheckIns\" WHERE \"TenantId\" = '$TENANT_ID'"; }
declare -A R E=()   # result fields of the last wrk run; of run (e)
wrk_run() {    # $1 = name, $2 = seconds; fills R and DIR/runs/NAME/{sent-*.tsv,acked-*.txt,wrk.txt}
  local name=$1 seconds=$2 logs="$DIR/runs/$1"
  rm -rf "$logs"; mkdir -p "$logs"
  R=([load_before]="$(load)")
  local web_cpu pg_cpu
  web_cpu=$(cpu_seconds "$WEB_PID") pg_cpu=$(cpu_seconds $(pg_pids))
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "${seconds}s" --latency -s bench/checkin.lua "$URL" -- \
    "$DIR/tokens.tsv" "$logs" "$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')" "$THREADS" "$seconds" "$DRAIN" >"$logs/wrk.txt"
  R[web_cpu]=$(awk -v a="$web_cpu" -v b="$(cpu_seconds "$WEB_PID")" 'BEGIN { printf "%.1f", b - a }')
  R[pg_cpu]=$(awk -v a="$pg_cpu" -v b="$(cpu_seconds $(pg_pids))" 'BEGIN { printf "%.1f", b - a }')
  R[load_after]="$(load)"
  for pair in $(grep '^RESULT' "$logs/wrk.txt" | cut -d' ' -f2-); do R[${pair%%=*}]=${pair#*=}; done
  # Check-ins are sent for all but the drain's last seconds.
  R[rate]=$(awk -v n="${R[created]}" -v s="${R[seconds]}" -v d="$DRAIN" 'BEGIN { printf "%.0f", n / (s - d) }')
  R[web_ms]=$(awk -v c="${R[web_cpu]}" -v n="${R[sent]}" 'BEGIN { printf "%.1f", n ? 1000 * c / n : 0 }')
  R[pg_ms]=$(awk -v c="${R[pg_cpu]}" -v n="${R[sent]}" 'BEGIN { printf "%.1f", n ? 1000 * c / n : 0 }')
}
# The benchmark cluster's processes (other PostgreSQL servers may run on the machine).
pg_pids() { local pm; pm=$(head -n 1 "$DIR/pg/data/postmaster.pid"); echo "$pm" $(pgrep -P "$pm"); }
# Processor seconds (user + system) the processes have used so far.
cpu_seconds() { local t=0; for p in "$@"; do t=$(( t + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0) )); done; awk -v t="$t" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'; }
# (c) and (e): every acknowledged client id stored; how many of the run's client ids are stored.
check_stored() {  # $1 = run name; sets MISSING, STORED_OF_RUN
  local logs="$DIR/runs/$1"
  cat "$logs"/acked-*.txt | grep -v '^?$' >"$logs/acked.txt" || true
  cut -f2 "$logs"/sent-*.tsv | sed -E 's/.*"clientId":"([^"]+)".*/\1/' >"$logs/sent-ids.txt"
  read -r MISSING STORED_OF_RUN < <(sql <<EOF
CREATE TEMP TABLE acked (id uuid); CREATE TEMP TABLE sent (id uuid);
\copy acked FROM '$logs/acked.txt'
\copy sent FROM '$logs/sent-ids.txt'
SELECT (SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM "CheckIns" c WHERE c."TenantId" = '$TENANT_ID' AND c."ClientId" = a.id))
    || ' ' || (SELECT count(*) FROM "CheckIns" c WHERE c."TenantId" = '$TENANT_ID' AND c."ClientId" IN (SELECT id FROM sent));
EOF
)
}

say "warming up ($WARMUP s)"
wrk_run warmup "$WARMUP"
say "warm-up: ${R[created]} created, ${R[other]} other (last status ${R[other_status]}), p99 ${R[p99_ms]} ms"

say "(a) check-ins for ${DURATION} s, $CONNECTIONS connections"
sql -c "SELECT pg_stat_statements_reset()" >/dev/null
BEFORE_A=$(stored)
wrk_run a "$DURATION"
declare -A A; for k in "${!R[@]}"; do A[$k]=${R[$k]}; done
sql -c "SELECT round(total_exec_time::numeric, 0) || ' ms total, ' || calls || ' calls, ' || round(mean_exec_time::numeric, 3) || ' ms mean: ' || left(regexp_replace(query, '\s+', ' ', 'g'), 160)
        FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'sikerja') ORDER BY total_exec_time DESC LIMIT 12" >"$DIR/runs/a/statements.txt"
check_stored a
A_MISSING=$MISSING A_STORED=$STORED_OF_RUN
AFTER_A=$(stored)
say "(a) ${A[created]} created (${A[rate]}/s), p99 ${A[p99_ms]} ms; stored ${A_STORED} of the run's client ids, $A_MISSING acknowledged missing"

PG_TPS= PG_LAT= PG_LOAD=
if ! skipped pgbench; then
  say "(b) pgbench: one-row inserts, $PGBENCH_CLIENTS clients, $PGBENCH_SECONDS s"
  sql -c "DROP TABLE IF EXISTS bench_checkins; CREATE TABLE bench_checkins (LIKE \"CheckIns\" INCLUDING DEFAULTS INCLUDING INDEXES)"
  cat >"$DIR/runs/insert.sql" <<EOF
INSERT INTO bench_checkins ("Id", "TenantId", "EmployeeId", "ClientId", "Direction", "Mode", "Method", "WorkDate", "DeviceAt", "ReceivedAt", "MinutesOff", "Flags", "Reduced")
VALUES (gen_random_uuid(), '$TENANT_ID', gen_random_uuid(), gen_random_uuid(), 'In', 'Home', 'App', current_date, now(), now(), 0, 0, false);
EOF
  PG_LOAD=$(load)
  "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -c "$PGBENCH_CLIENTS" -j 2 -T "$PGBENCH_SECONDS" \
    -f "$DIR/runs/insert.sql" sikerja >"$DIR/runs/pgbench.txt" 2>&1
  PG_TPS=$(sed -nE 's/^tps = ([0-9.]+) .*without.*/\1/p' "$DIR/runs/pgbench.txt" | cut -d. -f1)
  PG_LAT=$(sed -nE 's/^latency average = ([0-9.]+) ms/\1/p' "$DIR/runs/pgbench.txt")
  say "(b) pgbench: $PG_TPS inserts/s, latency average $PG_LAT ms"
fi

D_LINE=
if ! skipped replay; then
  say "(d) replaying the ${A[sent]} check-ins of (a) with their client ids"
  D_LINE=$(tool replay --server "$URL/" --tokens "$DIR/tokens.tsv" --logs "$DIR/runs/a" --parallel "$CONNECTIONS" | grep '^REPLAY')
  AFTER_D=$(stored)
  say "(d) $D_LINE; stored before $AFTER_A, after $AFTER_D"
fi
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

if ! skipped restart; then
  say "(e) check-ins for ${DURATION} s, PostgreSQL restarted (-m fast) at ${RESTART_AT} s"
  ( sleep "$RESTART_AT"; pg_ctl -m fast -w restart >/dev/null 2>&1 ) &
  RESTARTER=$!
  wrk_run e "$DURATION"
  wait "$RESTARTER"
  declare -A E; for k in "${!R[@]}"; do E[$k]=${R[$k]}; done
  check_stored e
  E_MISSING=$MISSING E_STORED=$STORED_OF_RUN
  say "(e) ${E[created]} created, ${E[unavailable]} answered 503 over ${E[outage_s]} s, ${E[other]} other, ${E[timeouts]} timeouts; $E_MISSING acknowledged missing"
fi

# --- report -----------------------------------------------------------------------------------------------
rm -f "$DIR/runs/failed"
verdict() { if eval "$1"; then echo "yes"; else echo "$1" >>"$DIR/runs/failed"; echo "**no**"; fi; }
cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)
mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
cat <<EOF
Run of $(date -u '+%Y-%m-%d %H:%M') UTC, benchmark day $DAY (Asia/Jakarta). Command: \`bench/checkin.sh${ARGS:+ $ARGS}\`
(--duration $DURATION --connections $CONNECTIONS --threads $THREADS --accounts $ACCOUNTS --pgbench-clients $PGBENCH_CLIENTS --pgbench-seconds $PGBENCH_SECONDS).
Machine: $(nproc) processors ($cpu), $mem memory, $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version), PostgreSQL $PG_VERSION
(fsync and synchronous commit on); Sikerja, PostgreSQL, wrk and pgbench on the same machine, shared with other builds.
Tenant: $(python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(len(s["employees"]), "employees,", len(s["units"]), "units, circular", s["policy"]["number"])' "$DIR/scenario.json"); $ACCOUNTS accounts working from home on $DAY.

| run | figure | load before → after | holds |
|---|---|---|---|
| (a) check-ins, ${A[seconds]} s (last $DRAIN s drain) | ${A[created]} accepted = **${A[rate]}/s**; p50 ${A[p50_ms]} ms, **p99 ${A[p99_ms]} ms**, max ${A[max_ms]} ms; other ${A[other]}, timeouts ${A[timeouts]}; processor per check-in: Sikerja ${A[web_ms]} ms, PostgreSQL ${A[pg_ms]} ms | ${A[load_before]} → ${A[load_after]} | ≥ 2,000/s: $(verdict "[ ${A[rate]} -ge 2000 ]"); p99 ≤ 100 ms: $(verdict "awk 'BEGIN { exit !(${A[p99_ms]} <= 100) }'") |
EOF
if [ -n "$PG_TPS" ]; then
  ratio=$(awk -v a="${A[rate]}" -v b="$PG_TPS" 'BEGIN { printf "%.2f", a / b }')
  echo "| (b) pgbench one-row INSERT, $PGBENCH_CLIENTS clients, $PGBENCH_SECONDS s | **$PG_TPS inserts/s**, latency average $PG_LAT ms; check-ins / inserts = **$ratio** | $PG_LOAD | ceiling |"
fi
echo "| (c) stored = acknowledged | ${A[created]} answered 201, $A_STORED of the run's client ids stored, $A_MISSING acknowledged missing | | $(verdict "[ $A_STORED -eq ${A[created]} ] && [ $A_MISSING -eq 0 ]") |"
if [ -n "$D_LINE" ]; then
  echo "| (d) replay of (a), same client ids | $(field "$D_LINE" sent) sent: $(field "$D_LINE" duplicate) answered 200 duplicate, $(field "$D_LINE" created) created, $(field "$D_LINE" other) other, in $(field "$D_LINE" seconds) s; stored $AFTER_A → $AFTER_D | | $(verdict "[ $(field "$D_LINE" duplicate) -eq $A_STORED ] && [ $(field "$D_LINE" other) -eq 0 ] && [ $((AFTER_D - AFTER_A)) -eq $(field "$D_LINE" created) ]") |"
fi
if [ -n "${E[created]:-}" ]; then
  echo "| (e) PostgreSQL restarted at ${RESTART_AT} s | ${E[created]} accepted, ${E[unavailable]} answered 503 (over ${E[outage_s]} s, server time at most ${E[max503_server_ms]} ms), ${E[other]} other, timeouts ${E[timeouts]}, socket errors $(( ${E[connect_errors]} + ${E[read_errors]} + ${E[write_errors]} )); ${E[resumed]} accepted after the last 503; p99 ${E[p99_ms]} ms; $E_MISSING acknowledged missing, $E_STORED of the run's client ids stored | ${E[load_before]} → ${E[load_after]} | $(verdict "[ ${E[other]} -eq 0 ] && [ ${E[timeouts]} -eq 0 ] && [ ${E[resumed]} -gt 0 ] && [ $E_MISSING -eq 0 ]") |"
fi
echo
echo "Busiest statements of (a) (pg_stat_statements, total time):"
echo
sed 's/^/    /' "$DIR/runs/a/statements.txt"
[ ! -s "$DIR/runs/failed" ] || exit 3
