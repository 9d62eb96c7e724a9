namespace Sikerja.Web.Features.TravelRecaps;

/// <summary>An agency (a top-level unit) as the recap names it, with its head.</summary>
public sealed record RecapAgency(Guid Id, string Code, string Name, string? Address, Guid? HeadId);
