#!/usr/bin/env bash
# Runs Sikerja's speed benchmarks (see docs/benchmarks.md) in a Release build, against a temporary SQLite file
# and a throwaway PostgreSQL on loopback (installed with apt-get when missing, removed afterwards).
# Arguments go to the benchmark, e.g. --employees 20000, --repetitions 5, --requests 100, --databases sqlite.
# The Markdown report is printed on standard output, progress on standard error.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/throwaway-postgres.sh
trap throwaway_postgres_stop EXIT
throwaway_postgres_start
echo "run.sh: PostgreSQL $THROWAWAY_POSTGRES_VERSION on 127.0.0.1:$THROWAWAY_POSTGRES_PORT" >&2

dotnet build src/Sikerja.Web -c Release -nologo -v quiet >&2
dotnet build bench/Sikerja.Benchmarks -c Release -nologo -v quiet >&2
dotnet bench/Sikerja.Benchmarks/bin/Release/net10.0/Sikerja.Benchmarks.dll \
  --postgres "$THROWAWAY_POSTGRES" --web src/Sikerja.Web/bin/Release/net10.0/Sikerja.Web.dll "$@"
