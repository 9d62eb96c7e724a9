using System.Diagnostics;
using Google.OrTools.Sat;
using Google.Protobuf.Collections;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;

namespace Sikerja.RosterBenchmarks;

/// <summary>
/// The reference a user would write with an off-the-shelf solver: the whole scenario as one CP-SAT model.
/// One Boolean per solver-placed employee (rule 6), working day in force and shift; at most one shift a day;
/// every minimum rule, unit, day and shift with a shortfall slack; every top-level unit's cap per day and
/// shift with an excess slack; interchangeable employees' office days within one of each other (hard); the
/// objective of <see cref="ObjectiveWeights"/>. Rules 1–5 are constants.
/// </summary>
internal static class CpSatRoster
{
    public static CpSatOutcome Solve(ScenarioFacts facts, TimeSpan timeLimit, int workers)
    {
        var building = Stopwatch.StartNew();
        var model = new CpModel();
        var days = facts.Days.Count;
        var shifts = facts.Shifts.Count;
        // first[e * days + d]: the index in x of employee e's Boolean of shift 0 on day d, or -1 when fixed.
        var first = new int[facts.Standing.Length * days];
        var x = new List<BoolVar>();
        for (var e = 0; e < facts.Standing.Length; e++)
        {
            for (var d = 0; d < days; d++)
            {
                if (facts.FixedReason(e, d) is not null)
                {
                    first[e * days + d] = -1;
                    continue;
                }
                first[e * days + d] = x.Count;
                for (var s = 0; s < shifts; s++)
                {
                    x.Add(model.NewBoolVar($"x_{e}_{d}_{s}"));
                }
                if (shifts > 1)
                {
                    model.AddAtMostOne(x.Skip(x.Count - shifts));
                }
            }
        }

        var weights = ObjectiveWeights.For(facts);
        var objective = LinearExpr.NewBuilder();
        objective.Add(weights.Offset);
        for (var d = 0; d < days; d++)
        {
            if (!facts.InForce[d])
            {
                continue;
            }
            for (var s = 0; s < shifts; s++)
            {
                foreach (var slot in facts.Slots)
                {
                    var (fixedCount, free) = Split(facts, first, x, slot.Members, d, s, days);
                    var needed = slot.Count - fixedCount;
                    if (needed <= 0)
                    {
                        continue;
                    }
                    var slack = model.NewIntVar(0, needed, $"short_{slot.Rule}_{slot.Unit}_{d}_{s}");
                    model.Add(LinearExpr.Sum(free) + slack >= needed);
                    objective.AddTerm(slack, weights.Shortfall);
                }
                foreach (var cap in facts.Caps)
                {
                    var (fixedCount, free) = Split(facts, first, x, cap.Members, d, s, days);
                    var most = fixedCount + free.Count - cap.Cap;
                    if (most <= 0)
                    {
                        continue;
                    }
                    var slack = model.NewIntVar(0, most, $"excess_{cap.Unit}_{d}_{s}");
                    model.Add(LinearExpr.Sum(free) - slack <= cap.Cap - fixedCount);
                    objective.AddTerm(slack, weights.CapExcess);
                }
            }
        }

        for (var e = 0; e < facts.Standing.Length; e++)
        {
            var weight = facts.Scenario.Employees[e].PriorityHome ? weights.PriorityOffice : weights.Regular;
            for (var d = 0; d < days; d++)
            {
                var i = first[e * days + d];
                for (var s = 0; i >= 0 && s < shifts; s++)
                {
                    objective.AddTerm(x[i + s], weight);
                }
            }
        }
        model.Minimize(objective);

        var groups = 0;
        foreach (var group in facts.Interchangeable)
        {
            var low = model.NewIntVar(0, days, $"fewest_{groups}");
            var high = model.NewIntVar(0, days, $"most_{groups}");
            model.Add(high - low <= 1);
            foreach (var e in group)
            {
                var officeDays = LinearExpr.Sum(Enumerable.Range(0, days)
                    .Where(d => first[e * days + d] >= 0)
                    .SelectMany(d => Enumerable.Range(first[e * days + d], shifts).Select(i => x[i])));
                model.Add(officeDays >= low);
                model.Add(officeDays <= high);
            }
            groups++;
        }
        building.Stop();

        using var solver = new CpSolver
        {
            StringParameters = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"num_workers:{workers} max_time_in_seconds:{timeLimit.TotalSeconds} random_seed:1"),
        };
        using var process = Process.GetCurrentProcess();
        var processor = process.TotalProcessorTime;
        var solving = Stopwatch.StartNew();
        var status = solver.Solve(model);
        solving.Stop();
        process.Refresh();
        processor = process.TotalProcessorTime - processor;
        var found = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        var roster = found && solver.Response is { } response ? ToRoster(facts, first, response.Solution) : null;
        return new CpSatOutcome(
            status.ToString().ToUpperInvariant(),
            found ? (long)Math.Round(solver.ObjectiveValue) : null,
            (long)Math.Ceiling(solver.BestObjectiveBound - 1e-6),
            building.Elapsed,
            solving.Elapsed,
            processor,
            x.Count,
            model.Model.Constraints.Count,
            roster);
    }

    /// <summary>How many of <paramref name="members"/> rules 2–5 put at the office on day d (in every shift), and
    /// the Booleans of the others' shift s.</summary>
    private static (int Fixed, List<BoolVar> Free) Split(ScenarioFacts facts, int[] first, List<BoolVar> x, int[] members, int d, int s, int days)
    {
        var fixedCount = 0;
        var free = new List<BoolVar>();
        foreach (var e in members)
        {
            var i = first[e * days + d];
            if (i >= 0)
            {
                free.Add(x[i + s]);
            }
            else if (facts.IsFixedInOffice(e, d))
            {
                fixedCount++;
            }
        }
        return (fixedCount, free);
    }

    /// <summary>The solution as a roster of the spec, with the shortfalls and cap excesses it leaves.</summary>
    private static Roster ToRoster(ScenarioFacts facts, int[] first, RepeatedField<long> solution)
    {
        var days = facts.Days.Count;
        var shifts = facts.Shifts.Count;
        var capacity = facts.Scenario.Policy.Staffing == Staffing.Capacity;
        var office = new ShiftSet[facts.Standing.Length * days];
        var assignments = new List<RosterAssignment>(office.Length);
        for (var e = 0; e < facts.Standing.Length; e++)
        {
            var employee = facts.Scenario.Employees[e];
            for (var d = 0; d < days; d++)
            {
                var date = facts.Days[d];
                var i = first[e * days + d];
                RosterAssignment assignment;
                if (facts.FixedReason(e, d) is { } reason)
                {
                    assignment = reason == AssignmentReason.Unavailable
                        ? new RosterAssignment(employee.Id, date, WorkMode.Off, ShiftSet.None, reason)
                        : new RosterAssignment(employee.Id, date, WorkMode.Office, ShiftSet.All(shifts), reason);
                }
                else if (Enumerable.Range(0, shifts).FirstOrDefault(s => solution[i + s] != 0, -1) is var shift and >= 0)
                {
                    var why = capacity && !facts.CountedByMinimum[e] ? AssignmentReason.Capacity : AssignmentReason.Minimum;
                    assignment = new RosterAssignment(employee.Id, date, WorkMode.Office, ShiftSet.One(shift), why);
                }
                else
                {
                    assignment = new RosterAssignment(employee.Id, date, WorkMode.Home, ShiftSet.None,
                        employee.PriorityHome ? AssignmentReason.PriorityHome : AssignmentReason.Home);
                }
                office[e * days + d] = assignment.Shifts;
                assignments.Add(assignment);
            }
        }
        return new Roster(
            facts.Scenario.Policy.Number,
            assignments,
            Shortfalls(facts, office),
            Violations(facts, office),
            new RosterSummary(facts.Standing.Length, days,
                assignments.Count(a => a.Mode == WorkMode.Office), assignments.Count(a => a.Mode == WorkMode.Home)));
    }

    private static List<Shortfall> Shortfalls(ScenarioFacts facts, ShiftSet[] office)
    {
        var days = facts.Days.Count;
        var list = new List<Shortfall>();
        foreach (var slot in facts.Slots)
        {
            for (var d = 0; d < days; d++)
            {
                for (var s = 0; facts.InForce[d] && s < facts.Shifts.Count; s++)
                {
                    var onSite = slot.Members.Count(e => office[e * days + d].Contains(s));
                    if (onSite < slot.Count)
                    {
                        list.Add(new Shortfall(slot.Rule, facts.Scenario.Units[slot.Unit].Id, facts.Days[d], facts.Shifts[s].Code, slot.Count, onSite));
                    }
                }
            }
        }
        return list;
    }

    private static List<CapViolation> Violations(ScenarioFacts facts, ShiftSet[] office)
    {
        var days = facts.Days.Count;
        var list = new List<CapViolation>();
        foreach (var cap in facts.Caps)
        {
            for (var d = 0; d < days; d++)
            {
                for (var s = 0; facts.InForce[d] && s < facts.Shifts.Count; s++)
                {
                    var onSite = cap.Members.Count(e => office[e * days + d].Contains(s));
                    if (onSite > cap.Cap)
                    {
                        list.Add(new CapViolation(facts.Scenario.Units[cap.Unit].Id, facts.Days[d], facts.Shifts[s].Code, cap.Cap, onSite));
                    }
                }
            }
        }
        return list;
    }
}

/// <summary>What CP-SAT reached within its time limit: its status (OPTIMAL, FEASIBLE, UNKNOWN …), the objective
/// of its best roster (none without one), the proven bound, the time to build the model and to solve it, the
/// processor time of the solve (about workers × solve time when the machine gives it the cores), the model's
/// size and the roster.</summary>
internal sealed record CpSatOutcome(
    string Status,
    long? Objective,
    long Bound,
    TimeSpan Build,
    TimeSpan Solve,
    TimeSpan SolveProcessor,
    int Booleans,
    int Constraints,
    Roster? Roster);
