using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;

namespace Sikerja.Domain.Imports;

/// <summary>What follows from the whole next state: the importer's rights, unit paths and reporting lines.</summary>
public sealed partial class ImportPlanner
{
    /// <summary>An agency admin's rows must stay inside their agencies, before and after the import.</summary>
    private void CheckScope()
    {
        if (_scope.WholeTenant)
        {
            return;
        }
        foreach (var (id, row) in _unitRows)
        {
            if (_unitsBefore.ContainsKey(id) && !InScope(_unitsBefore, id))
            {
                Add(row, UnitSheet.Code, $"unit '{row.Code}' milik perangkat daerah lain; Anda hanya dapat mengimpor unit perangkat daerah Anda");
            }
            else if (!InScope(_units, id))
            {
                Add(row, UnitSheet.ParentCode, row.ParentCode.Length == 0
                    ? "hanya Admin Pemda yang dapat menambah perangkat daerah (unit tanpa induk)"
                    : $"unit induk '{row.ParentCode}' di luar perangkat daerah Anda");
            }
        }
        foreach (var (id, row) in _employeeRows)
        {
            if (_employeesBefore.TryGetValue(id, out var before) && !InScope(_unitsBefore, before.UnitId))
            {
                Add(row, EmployeeSheet.Nip, $"pegawai {row.Nip} terdaftar di perangkat daerah lain; Anda hanya dapat mengimpor pegawai perangkat daerah Anda");
            }
            else if (_units.ContainsKey(_employees[id].UnitId) && !InScope(_units, _employees[id].UnitId))
            {
                Add(row, EmployeeSheet.UnitCode, $"unit '{row.UnitCode}' di luar perangkat daerah Anda");
            }
        }
    }

    private bool InScope(Dictionary<Guid, OrgUnit> units, Guid unitId)
    {
        var seen = new HashSet<Guid>();
        var id = unitId;
        while (units.TryGetValue(id, out var unit) && unit.ParentId is { } parent && seen.Add(id))
        {
            id = parent;
        }
        return _scope.Agencies.Contains(id);
    }

    private void SetPaths()
    {
        var paths = new Dictionary<Guid, string>(_units.Count);
        string PathOf(OrgUnit unit)
        {
            if (!paths.TryGetValue(unit.Id, out var path))
            {
                var parent = unit.ParentId is { } p ? _units.GetValueOrDefault(p) : null;
                paths[unit.Id] = path = OrgTreeRules.PathOf(unit.Id, parent is null ? null : PathOf(parent));
            }
            return path;
        }
        foreach (var unit in _units.Values)
        {
            unit.Path = PathOf(unit);
        }
    }

    /// <summary>Brings every employee's direct superior up to date; a loop of superiors is reported on the rows that close it.</summary>
    private void SetReportingLines()
    {
        var active = _employees.Values.Where(e => e.IsActive).ToDictionary(e => e.Id);
        var lines = ReportingLines.Compute(
            _units.Values.Select(u => new ReportingLines.UnitNode(u.Id, u.ParentId, u.HeadId is { } h && active.ContainsKey(h) ? h : null)),
            active.Values.Select(e => new ReportingLines.EmployeeNode(e.Id, e.UnitId, e.SupervisorOverride)));
        foreach (var loop in lines.Loops)
        {
            ReportLoop(loop);
        }
        foreach (var employee in _employees.Values)
        {
            employee.SupervisorId = employee.IsActive ? lines.SupervisorOf(employee.Id) : null;
        }
    }

    private void ReportLoop(Guid[] loop)
    {
        var message = "atasan langsung membentuk lingkaran: " + string.Join(" → ", loop.Append(loop[0]).Select(id => _employees[id].Name));
        var rows = loop.Where(_employeeRows.ContainsKey).Select(id => _employeeRows[id]).ToList();
        var overriding = rows.Where(r => r.SupervisorNip is { Length: > 0 }).ToList();
        var heads = _unitRows.Values.Where(r => r.HeadNip is { Length: > 0 } && _unitByCode[r.Code].HeadId is { } h && loop.Contains(h)).ToList();
        foreach (var row in overriding.Count > 0 ? overriding : rows)
        {
            Add(row, EmployeeSheet.SupervisorNip, message);
        }
        foreach (var row in overriding.Count > 0 ? [] : heads)
        {
            Add(row, UnitSheet.HeadNip, message);
        }
        if (rows.Count == 0 && heads.Count == 0)
        {
            _problems.Add(new ImportProblem(EmployeeSheet.Layout.Name, 0, EmployeeSheet.SupervisorNip.Header, message));
        }
    }
}
