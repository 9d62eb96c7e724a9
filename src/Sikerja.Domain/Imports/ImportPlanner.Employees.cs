using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;

namespace Sikerja.Domain.Imports;

/// <summary>The rows of the "Pegawai" sheet: fields, unit, direct superior.</summary>
public sealed partial class ImportPlanner
{
    private readonly Dictionary<string, EmployeeRow> _employeeRowByNip = [];

    /// <summary>Writes a row's fields into the next state; false when the row names no single employee (no NIP, or a repeated one).</summary>
    private bool ReadEmployee(EmployeeRow row)
    {
        var employmentKnown = ImportVocabulary.TryParse(row.Employment, out Employment employment);
        if (!employmentKnown)
        {
            Add(row, EmployeeSheet.Employment, row.Employment.Length == 0
                ? "status kepegawaian wajib diisi"
                : $"status kepegawaian '{row.Employment}' tidak dikenal (pilih: {ImportVocabulary.EmploymentWords})");
        }
        foreach (var problem in EmployeeRules.Validate(row.Nip, row.Name, employmentKnown ? employment : Employment.NonAsn, row.Phone))
        {
            Add(row, problem.Where switch
            {
                "nip" => EmployeeSheet.Nip,
                "name" => EmployeeSheet.Name,
                _ => EmployeeSheet.Phone,
            }, problem.Message);
        }
        var levelKnown = ImportVocabulary.TryParse(row.Level, out PositionLevel level);
        if (!levelKnown)
        {
            Add(row, EmployeeSheet.Level, row.Level.Length == 0
                ? "tingkat jabatan wajib diisi"
                : $"tingkat jabatan '{row.Level}' tidak dikenal (pilih: {ImportVocabulary.LevelWords})");
        }
        if (row.Title is { Length: > MaxTitle })
        {
            Add(row, EmployeeSheet.Title, $"jabatan paling panjang {MaxTitle} karakter");
        }
        if (!Identifies(row))
        {
            return false;
        }
        var existing = _employeeByNip.GetValueOrDefault(row.Nip);
        var active = YesNo(row, EmployeeSheet.Active, row.Active, existing?.IsActive ?? true, whenEmpty: true);
        var priorityHome = YesNo(row, EmployeeSheet.PriorityHome, row.PriorityHome, existing?.PriorityHome ?? false, whenEmpty: false);
        var reason = row.PriorityHomeReason is null ? existing?.PriorityHomeReason : Blank(row.PriorityHomeReason);
        if (priorityHome && reason is null)
        {
            Add(row, EmployeeSheet.PriorityHomeReason, "alasan prioritas bekerja di rumah wajib diisi");
        }
        else if (reason is { Length: > MaxReason })
        {
            Add(row, EmployeeSheet.PriorityHomeReason, $"alasan paling panjang {MaxReason} karakter");
        }
        var unit = FindUnit(row, active);

        var employee = existing ?? Register(new Employee { TenantId = _tenantId, Nip = row.Nip, Name = row.Name });
        employee.Name = row.Name;
        employee.Employment = employmentKnown ? employment : employee.Employment;
        employee.Level = levelKnown ? level : employee.Level;
        employee.Title = row.Title is null ? employee.Title : Blank(row.Title);
        employee.UnitId = unit?.Id ?? employee.UnitId;
        employee.Phone = row.Phone is null ? employee.Phone
            : row.Phone.Length == 0 ? null
            : PhoneNumber.IsValid(row.Phone) ? PhoneNumber.Normalise(row.Phone) : row.Phone;
        employee.PriorityHome = priorityHome;
        employee.PriorityHomeReason = priorityHome ? reason : null;
        employee.IsActive = active;
        _employeeRows[employee.Id] = row;
        return true;
    }

    private bool Identifies(EmployeeRow row)
    {
        if (row.Nip.Length == 0)
        {
            return false;
        }
        if (_employeeRowByNip.TryGetValue(row.Nip, out var first))
        {
            Add(row, EmployeeSheet.Nip, $"NIP {row.Nip} sudah dipakai di baris {first.Row}");
            return false;
        }
        _employeeRowByNip[row.Nip] = row;
        return true;
    }

    private Employee Register(Employee employee)
    {
        _employees[employee.Id] = employee;
        _employeeByNip[employee.Nip] = employee;
        return employee;
    }

    private OrgUnit? FindUnit(EmployeeRow row, bool active)
    {
        if (row.UnitCode.Length == 0)
        {
            Add(row, EmployeeSheet.UnitCode, "kode unit wajib diisi");
            return null;
        }
        if (!_unitByCode.TryGetValue(row.UnitCode, out var unit))
        {
            Add(row, EmployeeSheet.UnitCode, $"kode unit '{row.UnitCode}' tidak ada di file maupun di data Pemda");
            return null;
        }
        if (unit.IsClosed && active)
        {
            Add(row, EmployeeSheet.UnitCode, $"unit '{row.UnitCode}' sudah ditutup; pegawai aktif tidak dapat ditempatkan di sana");
            return null;
        }
        return unit;
    }

    private bool YesNo(EmployeeRow row, ImportColumn column, string? cell, bool current, bool whenEmpty)
    {
        if (cell is null)
        {
            return current;
        }
        if (cell.Length == 0)
        {
            return whenEmpty;
        }
        if (ImportVocabulary.TryParseYesNo(cell, out var value))
        {
            return value;
        }
        Add(row, column, $"'{cell}' tidak dikenal: isi Ya atau Tidak");
        return current;
    }

    private void LinkSupervisor(EmployeeRow row)
    {
        if (row.SupervisorNip is null)
        {
            return;
        }
        var employee = _employeeByNip[row.Nip];
        if (row.SupervisorNip.Length == 0)
        {
            employee.SupervisorOverride = null;
        }
        else if (row.SupervisorNip == row.Nip)
        {
            Add(row, EmployeeSheet.SupervisorNip, "pegawai tidak dapat menjadi atasan langsung dirinya sendiri");
        }
        else if (!_employeeByNip.TryGetValue(row.SupervisorNip, out var supervisor))
        {
            Add(row, EmployeeSheet.SupervisorNip, $"NIP atasan langsung '{row.SupervisorNip}' tidak ada di file maupun di data Pemda");
        }
        else if (!supervisor.IsActive)
        {
            Add(row, EmployeeSheet.SupervisorNip, $"atasan langsung {supervisor.Name} ({supervisor.Nip}) tidak aktif");
        }
        else
        {
            employee.SupervisorOverride = supervisor.Id;
        }
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
