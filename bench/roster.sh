#!/usr/bin/env bash
# Runs the roster benchmark of issue 3 (see docs/benchmarks.md): publishes `sikerja-roster` compiled ahead of
# time (Native AOT, linux-x64: the build measured at every size) and `sikerja` (framework-dependent apphost with
# ReadyToRun code, timed beside it up to 100,000 employees), builds bench/Sikerja.RosterBenchmarks, and times
# `roster solve` end to end on generated regencies, the CP-SAT reference beside it and repair.
# Generated scenarios, the published builds and the rosters live in a scratch folder, kept between runs
# ($SIKERJA_BENCH_SCRATCH, default /tmp/sikerja-roster-bench). Arguments go to the benchmark, e.g.
# --sizes 10000,100000 --cpsat-sizes 1000 --time-limit 30 --repetitions 3. The Markdown report is printed on
# standard output, progress on standard error; exit 3 when a target is missed.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/throwaway-postgres.sh   # for need_package only: this benchmark needs no database
need_package time /usr/bin/time >&2
need_package python3 /usr/bin/python3 >&2

scratch="${SIKERJA_BENCH_SCRATCH:-/tmp/sikerja-roster-bench}"
mkdir -p "$scratch"
need_package gcc /usr/bin/gcc >&2            # Native AOT links with the system C toolchain
need_package zlib1g-dev /usr/include/zlib.h >&2
echo "roster.sh: publishing sikerja-roster (Native AOT) and sikerja (ReadyToRun) to $scratch" >&2
dotnet publish src/Sikerja.Cli.Roster -c Release -r linux-x64 -o "$scratch/cli-aot" -nologo -v quiet >&2
dotnet publish src/Sikerja.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$scratch/cli-r2r" -nologo -v quiet >&2
dotnet build bench/Sikerja.RosterBenchmarks -c Release -nologo -v quiet >&2
dotnet bench/Sikerja.RosterBenchmarks/bin/Release/net10.0/Sikerja.RosterBenchmarks.dll \
  --cli "$scratch/cli-aot/sikerja-roster" --cli-note "sikerja-roster, Native AOT (linux-x64)" \
  --compare-cli "$scratch/cli-r2r/sikerja" --compare-note "sikerja, framework-dependent apphost, ReadyToRun (linux-x64)" \
  --scratch "$scratch" "$@"
