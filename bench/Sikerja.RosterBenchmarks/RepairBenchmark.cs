using System.Diagnostics;
using Sikerja.Domain.Rosters;

namespace Sikerja.RosterBenchmarks;

/// <summary>
/// Repair after one employee falls sick from the middle of the period: the published roster is Sikerja's
/// roster of the scenario; the employee is, of those with interchangeable colleagues (so that someone can
/// take their place), the one with the most office days from the middle on. <see cref="RosterRepair"/> is timed in this process, first
/// call and then warm; its changes are counted beside those of a full re-solve of the changed scenario on the
/// remaining days; <c>sikerja roster check</c> judges the repaired roster against the changed scenario.
/// </summary>
internal sealed class RepairBenchmark(string cli, DirectoryInfo scratch, int warmRuns)
{
    public static readonly TimeSpan Target = TimeSpan.FromMilliseconds(100);

    public async Task<RepairFigure> RunAsync(string preset, int employees, FileInfo file)
    {
        var scenario = RosterFiles.ReadScenario(file);
        var published = RosterSolver.Solve(scenario);
        var days = scenario.WorkingDays();
        var from = days[days.Count / 2];
        var facts = ScenarioFacts.Of(scenario);
        var rotating = facts.Interchangeable.SelectMany(g => g).Select(e => scenario.Employees[e].Id).ToHashSet(StringComparer.Ordinal);
        var sick = published.Assignments
            .Where(a => a.Date >= from && a.Reason is AssignmentReason.Minimum or AssignmentReason.Capacity && rotating.Contains(a.Employee))
            .GroupBy(a => a.Employee)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First();
        var changed = scenario with
        {
            Employees = [.. scenario.Employees.Select(e => e.Id == sick.Key ? e with { Unavailable = [.. e.Unavailable, .. days.Where(d => d >= from)] } : e)],
        };

        var clock = Stopwatch.StartNew();
        var repair = RosterRepair.Repair(changed, published, from);
        var first = clock.Elapsed;
        var warm = new List<double>();
        for (var i = 0; i < warmRuns; i++)
        {
            clock.Restart();
            repair = RosterRepair.Repair(changed, published, from);
            warm.Add(clock.Elapsed.TotalSeconds);
        }
        clock.Restart();
        var fresh = RosterSolver.Solve(changed);
        var resolve = clock.Elapsed;
        Progress.Say($"{preset} {employees:N0}: repair {first.TotalMilliseconds:0.0} ms first, {Statistics.Median(warm) * 1000:0.0} ms warm; {repair.Changes.Count} changes");

        var scenarioPath = Path.Combine(scratch.FullName, $"{preset}-{employees}.sick.scenario.json");
        var rosterPath = Path.Combine(scratch.FullName, $"{preset}-{employees}.repaired.roster.json");
        RosterFiles.WriteScenario(changed, scenarioPath);
        RosterFiles.WriteRoster(repair.Roster, changed, rosterPath);
        var check = await CliRun.RunAsync(cli, ["roster", "check", scenarioPath, rosterPath]);
        return new RepairFigure(
            preset, employees, sick.Key, sick.Count(), from, days.Count(d => d >= from),
            first, TimeSpan.FromSeconds(Statistics.Median(warm)), TimeSpan.FromSeconds(warm.Max()),
            repair.Changes.Count, repair.Changes.Count(c => c.After.Employee == sick.Key),
            resolve, Differences(published, fresh, from), check);
    }

    /// <summary>Assignments on or after <paramref name="from"/> whose mode, shifts or reason differ.</summary>
    private static int Differences(Roster published, Roster fresh, DateOnly from)
    {
        var before = published.Assignments.Where(a => a.Date >= from).ToDictionary(a => (a.Employee, a.Date));
        return fresh.Assignments.Count(a => a.Date >= from && before[(a.Employee, a.Date)] is var b
            && (b.Mode != a.Mode || b.Shifts != a.Shifts || b.Reason != a.Reason));
    }
}

internal sealed record RepairFigure(
    string Preset,
    int Employees,
    string SickEmployee,
    int SickOfficeDays,
    DateOnly From,
    int RemainingDays,
    TimeSpan First,
    TimeSpan WarmMedian,
    TimeSpan WarmMax,
    int Changes,
    int OwnChanges,
    TimeSpan Resolve,
    int ResolveDifferences,
    CliRun Check)
{
    public bool Passes => WarmMedian < RepairBenchmark.Target && Check.ExitCode == 0;
}
