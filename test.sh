#!/usr/bin/env bash
# Runs every test of Sikerja: unit, integration (SQLite and a real PostgreSQL) and browser (Chromium).
# Installs what is missing (PostgreSQL, Chromium) with apt-get, starts a throwaway PostgreSQL on loopback and
# removes it afterwards. Extra arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")"

source scripts/throwaway-postgres.sh
test_log=$(mktemp /tmp/sikerja-test.XXXXXX.log)
cleanup() {
  throwaway_postgres_stop
  rm -f "$test_log"
}
trap cleanup EXIT
throwaway_postgres_start
need_package chromium /usr/bin/chromium
need_package fonts-dejavu-core /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
export SIKERJA_TEST_POSTGRES="$THROWAWAY_POSTGRES"
echo "test.sh: PostgreSQL $THROWAWAY_POSTGRES_VERSION on 127.0.0.1:$THROWAWAY_POSTGRES_PORT"

dotnet build Sikerja.slnx -c Release -nologo -v quiet
status=0
dotnet test Sikerja.slnx -c Release --no-build -nologo "$@" 2>&1 | tee "$test_log" || status=$?

# One closing line for the whole run, whatever the number of test assemblies.
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { gsub(",", "", p); printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$test_log"
exit $status
