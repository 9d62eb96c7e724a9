namespace Sikerja.Domain.Rosters.Solving;

/// <summary>Interns the pair lists of employees: most employees share one with many others.</summary>
internal sealed class SignatureTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal) { [""] = 0 };
    private readonly List<int[]> _signatures = [[]];

    public int IdOf(List<int> pairs)
    {
        if (pairs.Count == 0)
        {
            return 0;
        }
        pairs.Sort();
        var key = string.Join(',', pairs);
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _signatures.Count;
            _ids[key] = id;
            _signatures.Add([.. pairs]);
        }
        return id;
    }

    public int[][] ToArray() => [.. _signatures];
}
