namespace Sikerja.Domain.Rosters.Editing;

/// <summary>What an edited cell means: the reason it gets, and the rules it breaks (none for a valid edit).</summary>
public sealed record CellVerdict(AssignmentReason Reason, IReadOnlyList<RuleBreach> Breaches)
{
    public bool IsValid => Breaches.Count == 0;
}
