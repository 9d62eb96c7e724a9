namespace Sikerja.Domain.People;

/// <summary>
/// Who reports to whom. An employee's direct superior is the one set by hand, or else the head of the nearest
/// unit at or above the employee's unit who is not the employee. The result has no loops: a hand-set superior
/// that would close one is reported as a problem.
/// </summary>
public sealed class ReportingLines
{
    private readonly Dictionary<Guid, Guid?> _supervisorOf;

    private ReportingLines(Dictionary<Guid, Guid?> supervisorOf, IReadOnlyList<Guid[]> loops)
    {
        _supervisorOf = supervisorOf;
        Loops = loops;
    }

    /// <summary>Each loop of direct superiors, as the employees in it.</summary>
    public IReadOnlyList<Guid[]> Loops { get; }

    public Guid? SupervisorOf(Guid employee) => _supervisorOf.GetValueOrDefault(employee);

    /// <summary>The superiors above an employee, nearest first.</summary>
    public IEnumerable<Guid> ChainAbove(Guid employee)
    {
        var seen = new HashSet<Guid> { employee };
        for (var s = SupervisorOf(employee); s is { } id && seen.Add(id); s = SupervisorOf(id))
        {
            yield return id;
        }
    }

    /// <summary>Everyone who reports, directly or not, to <paramref name="supervisor"/>.</summary>
    public IReadOnlySet<Guid> Subordinates(Guid supervisor)
    {
        var childrenOf = _supervisorOf.Where(kv => kv.Value is not null).ToLookup(kv => kv.Value!.Value, kv => kv.Key);
        var result = new HashSet<Guid>();
        var queue = new Queue<Guid>([supervisor]);
        while (queue.TryDequeue(out var s))
        {
            foreach (var child in childrenOf[s])
            {
                if (child != supervisor && result.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }
        return result;
    }

    public static ReportingLines Compute(IEnumerable<UnitNode> units, IEnumerable<EmployeeNode> employees)
    {
        var unitById = units.ToDictionary(u => u.Id);
        var people = employees.ToList();
        var supervisorOf = new Dictionary<Guid, Guid?>(people.Count);
        foreach (var e in people)
        {
            supervisorOf[e.Id] = e.SupervisorOverride ?? DefaultSupervisor(e, unitById);
        }
        return new ReportingLines(supervisorOf, FindLoops(supervisorOf));
    }

    private static Guid? DefaultSupervisor(EmployeeNode e, Dictionary<Guid, UnitNode> unitById)
    {
        var guard = 0;
        for (Guid? u = e.UnitId; u is { } id && unitById.TryGetValue(id, out var unit) && guard++ < 64; u = unit.ParentId)
        {
            if (unit.HeadId is { } head && head != e.Id)
            {
                return head;
            }
        }
        return null;
    }

    private static List<Guid[]> FindLoops(Dictionary<Guid, Guid?> supervisorOf)
    {
        // Colour walk over a functional graph: each node has at most one outgoing edge.
        var state = new Dictionary<Guid, int>(supervisorOf.Count);
        var loops = new List<Guid[]>();
        foreach (var start in supervisorOf.Keys)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }
            var path = new List<Guid>();
            Guid? node = start;
            while (node is { } n && supervisorOf.ContainsKey(n) && !state.ContainsKey(n))
            {
                state[n] = 1;
                path.Add(n);
                node = supervisorOf[n];
            }
            if (node is { } hit && state.GetValueOrDefault(hit) == 1)
            {
                loops.Add([.. path.SkipWhile(p => p != hit)]);
            }
            foreach (var p in path)
            {
                state[p] = 2;
            }
        }
        return loops;
    }

    public readonly record struct UnitNode(Guid Id, Guid? ParentId, Guid? HeadId);

    public readonly record struct EmployeeNode(Guid Id, Guid UnitId, Guid? SupervisorOverride);
}
