using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;

namespace Sikerja.Domain.Imports;

/// <summary>
/// How many rows of the file create or change a unit or an employee, and how many other units and employees
/// change as a consequence (a moved unit's path, a unit's head, an employee's direct superior).
/// </summary>
public sealed record ImportSummary(
    int UnitsCreated,
    int UnitsUpdated,
    int UnitsUnchanged,
    int EmployeesCreated,
    int EmployeesUpdated,
    int EmployeesUnchanged,
    int OthersUpdated)
{
    public bool ChangesNothing => UnitsCreated + UnitsUpdated + EmployeesCreated + EmployeesUpdated + OthersUpdated == 0;
}

/// <summary>
/// The outcome of checking a file against a tenant: every problem, or else the tenant's complete next state
/// (every unit and employee, new objects; existing ones keep their ids) that committing the file produces.
/// </summary>
public sealed record ImportPlan(IReadOnlyList<ImportProblem> Problems, IReadOnlyList<OrgUnit> Units, IReadOnlyList<Employee> Employees, ImportSummary Summary)
{
    public bool CanCommit => Problems.Count == 0;
}
