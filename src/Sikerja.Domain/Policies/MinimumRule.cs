using Sikerja.Domain.Organisation;

namespace Sikerja.Domain.Policies;

/// <summary>In every non-exempt unit of type <see cref="Per"/>, every working day and shift, at least
/// <see cref="Count"/> employees of the unit's subtree matching <see cref="Select"/> are at the office.</summary>
public sealed record MinimumRule(OrgUnitType Per, Selector Select, int Count);
