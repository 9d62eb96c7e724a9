using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;

namespace Sikerja.Domain.Imports;

/// <summary>
/// Checks an imported file against a tenant's current units and employees, in memory, and works out the tenant's
/// next state. Rows are upserted: by unit code and by NIP. Every problem is reported where the spreadsheet shows
/// it; the checks run on the combined state (the file over the tenant), so a row may refer to a unit or a person
/// that is either in the file or already stored.
/// </summary>
public sealed partial class ImportPlanner
{
    private const int MaxUnitName = 200;
    private const int MaxAddress = 400;
    private const int MaxTitle = 200;
    private const int MaxReason = 400;

    private readonly Guid _tenantId;
    private readonly ImportScope _scope;
    private readonly List<ImportProblem> _problems = [];

    // The current state, never changed.
    private readonly Dictionary<Guid, OrgUnit> _unitsBefore;
    private readonly Dictionary<Guid, Employee> _employeesBefore;

    // The next state: a copy of every current unit and employee, and the new ones.
    private readonly Dictionary<Guid, OrgUnit> _units;
    private readonly Dictionary<string, OrgUnit> _unitByCode;
    private readonly Dictionary<Guid, Employee> _employees;
    private readonly Dictionary<string, Employee> _employeeByNip;

    // The rows of the file, by the unit or employee each one writes.
    private readonly Dictionary<Guid, UnitRow> _unitRows = [];
    private readonly Dictionary<Guid, EmployeeRow> _employeeRows = [];

    private ImportPlanner(Guid tenantId, ImportScope scope, IEnumerable<OrgUnit> units, IEnumerable<Employee> employees)
    {
        _tenantId = tenantId;
        _scope = scope;
        _unitsBefore = units.ToDictionary(u => u.Id);
        _employeesBefore = employees.ToDictionary(e => e.Id);
        _units = _unitsBefore.Values.Select(u => u.Copy()).ToDictionary(u => u.Id);
        _unitByCode = _units.Values.ToDictionary(u => u.Code);
        _employees = _employeesBefore.Values.Select(e => e.Copy()).ToDictionary(e => e.Id);
        _employeeByNip = _employees.Values.ToDictionary(e => e.Nip);
    }

    /// <param name="units">Every unit of the tenant as stored (left unchanged).</param>
    /// <param name="employees">Every employee of the tenant as stored (left unchanged).</param>
    public static ImportPlan Plan(ImportedFile file, IEnumerable<OrgUnit> units, IEnumerable<Employee> employees, ImportScope scope, Guid tenantId) =>
        new ImportPlanner(tenantId, scope, units, employees).Run(file);

    private ImportPlan Run(ImportedFile file)
    {
        _problems.AddRange(file.Problems);
        if (file.Units.Count == 0 && file.Employees.Count == 0 && file.Problems.Count == 0)
        {
            _problems.Add(new ImportProblem(ImportProblem.FileSheet, 0, "", "file tidak berisi baris data unit maupun pegawai"));
        }
        var unitRows = new List<UnitRow>();
        foreach (var row in file.Units)
        {
            if (ReadUnit(row))
            {
                unitRows.Add(row);
            }
        }
        unitRows.ForEach(PlaceUnit);
        var treeHasLoops = FindUnitLoops(unitRows);
        var employeeRows = new List<EmployeeRow>();
        foreach (var row in file.Employees)
        {
            if (ReadEmployee(row))
            {
                employeeRows.Add(row);
            }
        }
        employeeRows.ForEach(LinkSupervisor);
        unitRows.ForEach(SetHead);
        ClearHeadsWhoLeft(unitRows);
        CheckScope();
        if (!treeHasLoops)
        {
            SetPaths();
        }
        SetReportingLines();
        return new ImportPlan(Ordered(), [.. _units.Values], [.. _employees.Values], Summarise());
    }

    private void Add(UnitRow row, ImportColumn column, string message) =>
        _problems.Add(new ImportProblem(UnitSheet.Layout.Name, row.Row, column.Header, message));

    private void Add(EmployeeRow row, ImportColumn column, string message) =>
        _problems.Add(new ImportProblem(EmployeeSheet.Layout.Name, row.Row, column.Header, message));

    /// <summary>One problem per cell (the first: a reading problem explains the rest), in the order of the spreadsheet.</summary>
    private List<ImportProblem> Ordered() =>
        [.. _problems
            .DistinctBy(p => (p.Sheet, p.Row, p.Column, p.Row == 0 ? p.Message : ""))
            .OrderBy(p => p.Sheet == UnitSheet.Layout.Name ? 1 : p.Sheet == EmployeeSheet.Layout.Name ? 2 : 0)
            .ThenBy(p => p.Row)
            .ThenBy(p => (p.Sheet == UnitSheet.Layout.Name ? UnitSheet.Layout : EmployeeSheet.Layout).IndexOf(p.Column))];

    private ImportSummary Summarise()
    {
        int unitsCreated = 0, unitsUpdated = 0, unitsUnchanged = 0, employeesCreated = 0, employeesUpdated = 0, employeesUnchanged = 0, others = 0;
        foreach (var unit in _units.Values)
        {
            Count(_unitsBefore.GetValueOrDefault(unit.Id) is not { } before ? null : before.SameValues(unit),
                _unitRows.ContainsKey(unit.Id), ref unitsCreated, ref unitsUpdated, ref unitsUnchanged, ref others);
        }
        foreach (var employee in _employees.Values)
        {
            Count(_employeesBefore.GetValueOrDefault(employee.Id) is not { } before ? null : before.SameValues(employee),
                _employeeRows.ContainsKey(employee.Id), ref employeesCreated, ref employeesUpdated, ref employeesUnchanged, ref others);
        }
        return new ImportSummary(unitsCreated, unitsUpdated, unitsUnchanged, employeesCreated, employeesUpdated, employeesUnchanged, others);

        static void Count(bool? same, bool inFile, ref int created, ref int updated, ref int unchanged, ref int others)
        {
            switch (same, inFile)
            {
                case (null, _): created++; break;
                case (true, true): unchanged++; break;
                case (false, true): updated++; break;
                case (false, false): others++; break;
            }
        }
    }
}
