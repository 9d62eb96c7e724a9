namespace Sikerja.Domain.Policies;

/// <summary>One office shift of a policy (e.g. PAGI 07:30–11:30), in the tenant's time zone.</summary>
public sealed record Shift(string Code, TimeOnly Start, TimeOnly End)
{
    /// <summary>The shift a policy has when it names none.</summary>
    public static readonly Shift FullDay = new("FULL", new TimeOnly(7, 30), new TimeOnly(16, 0));
}
