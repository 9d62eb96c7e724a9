using System.Diagnostics;
using Sikerja.Domain.Rosters;

namespace Sikerja.RosterBenchmarks;

/// <summary>
/// Where the time of <c>roster solve</c> goes, measured inside this process with the same calls the command
/// line makes: reading the scenario, solving, writing the roster (to a scratch file). Each step's elapsed time
/// and the memory it allocated; the first run of a process also pays for compiling the code (JIT).
/// </summary>
internal static class Breakdown
{
    public static BreakdownFigure Measure(FileInfo scenarioFile, string rosterPath)
    {
        var (scenario, read, readBytes) = Step(() => RosterFiles.ReadScenario(scenarioFile));
        var (roster, solve, solveBytes) = Step(() => RosterSolver.Solve(scenario));
        var (_, write, writeBytes) = Step(() =>
        {
            RosterFiles.WriteRoster(roster, scenario, rosterPath);
            return rosterPath;
        });
        return new BreakdownFigure(read, solve, write, readBytes, solveBytes, writeBytes, scenario.Units.Count, roster.Assignments.Count);
    }

    private static (T Value, TimeSpan Elapsed, long Allocated) Step<T>(Func<T> step)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var value = step();
        clock.Stop();
        return (value, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }
}

internal sealed record BreakdownFigure(TimeSpan Read, TimeSpan Solve, TimeSpan Write, long ReadBytes, long SolveBytes, long WriteBytes, int Units, int Assignments);
