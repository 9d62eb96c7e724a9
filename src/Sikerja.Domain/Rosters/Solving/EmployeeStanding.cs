namespace Sikerja.Domain.Rosters.Solving;

/// <summary>Where rules 3–6 of the spec put an employee on a policy day when they are available.</summary>
internal enum EmployeeStanding : byte
{
    OutOfScope,
    ExemptUnit,
    AlwaysOnSite,

    /// <summary>Rule 6: the solver chooses one shift at the office or home.</summary>
    Placed,
}
