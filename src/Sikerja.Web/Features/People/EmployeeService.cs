using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain;
using Sikerja.Domain.People;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.People;

/// <summary>Adding and changing employees, within the caller's rights; keeps reporting lines in force.</summary>
public sealed class EmployeeService(SikerjaDbContext db, OrganisationAccess access, CurrentUser user, ReportingLineUpdater reportingLines)
{
    public async Task<CommandResult<Employee>> CreateAsync(EmployeeInput input, CancellationToken ct)
    {
        if (user.TenantId is not { } tenantId)
        {
            return CommandResult<Employee>.Forbidden();
        }
        if (!await access.CanEditUnitAsync(input.UnitId, ct))
        {
            return await db.OrgUnits.AnyAsync(u => u.Id == input.UnitId, ct)
                ? CommandResult<Employee>.Forbidden()
                : CommandResult<Employee>.NotFound();
        }
        var problems = await ValidateAsync(input, null, ct);
        if (problems.Count > 0)
        {
            return CommandResult<Employee>.Refused(problems);
        }
        var employee = new Employee { TenantId = tenantId, Nip = input.Nip.Trim(), Name = input.Name.Trim() };
        Apply(employee, input);
        db.Employees.Add(employee);
        return await SaveWithReportingLinesAsync(employee, ct);
    }

    public async Task<CommandResult<Employee>> UpdateAsync(Guid id, EmployeeInput input, CancellationToken ct)
    {
        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == id, ct);
        if (employee is null || !await (await access.VisibleEmployeesAsync(ct)).AnyAsync(e => e.Id == id, ct))
        {
            return CommandResult<Employee>.NotFound();
        }
        if (!await access.CanEditEmployeeAsync(employee, ct) || !await access.CanEditUnitAsync(input.UnitId, ct))
        {
            return CommandResult<Employee>.Forbidden();
        }
        if (!await access.CanSeeHealthAsync(employee, ct))
        {
            // A form or client that never saw the health fields sends them empty: what is stored stays.
            input = input with { PriorityHome = employee.PriorityHome, PriorityHomeReason = employee.PriorityHomeReason };
        }
        var problems = await ValidateAsync(input, employee, ct);
        if (problems.Count > 0)
        {
            return CommandResult<Employee>.Refused(problems);
        }
        employee.Nip = input.Nip.Trim();
        employee.Name = input.Name.Trim();
        Apply(employee, input);
        if (!employee.IsActive || employee.UnitId != input.UnitId)
        {
            // A head who leaves the unit, or leaves service, no longer heads it.
            foreach (var unit in await db.OrgUnits.Where(u => u.HeadId == employee.Id).ToListAsync(ct))
            {
                unit.HeadId = null;
            }
        }
        return await SaveWithReportingLinesAsync(employee, ct);
    }

    private async Task<CommandResult<Employee>> SaveWithReportingLinesAsync(Employee employee, CancellationToken ct)
    {
        if (await reportingLines.ApplyAsync(ct) is { Count: > 0 } loops)
        {
            return CommandResult<Employee>.Refused(loops);
        }
        await db.SaveChangesAsync(ct);
        return CommandResult<Employee>.Done(employee);
    }

    private async Task<List<Problem>> ValidateAsync(EmployeeInput input, Employee? existing, CancellationToken ct)
    {
        var problems = input.Validate().ToList();
        var nip = input.Nip.Trim();
        if (await db.Employees.AnyAsync(e => e.Nip == nip && e.Id != (existing == null ? Guid.Empty : existing.Id), ct))
        {
            problems.Add(new Problem("nip", $"NIP/nomor pegawai {nip} sudah terdaftar"));
        }
        if (!await db.OrgUnits.AnyAsync(u => u.Id == input.UnitId && !u.IsClosed, ct))
        {
            problems.Add(new Problem("unitId", "unit tidak ditemukan atau sudah ditutup"));
        }
        if (input.SupervisorOverride is { } s)
        {
            if (s == existing?.Id)
            {
                problems.Add(new Problem("supervisorOverride", "pegawai tidak dapat menjadi atasan dirinya sendiri"));
            }
            else if (!await db.Employees.AnyAsync(e => e.Id == s && e.IsActive, ct))
            {
                problems.Add(new Problem("supervisorOverride", "atasan langsung tidak ditemukan atau tidak aktif"));
            }
        }
        return problems;
    }

    private static void Apply(Employee e, EmployeeInput input)
    {
        e.Employment = input.Employment;
        e.Level = input.Level;
        e.Title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim();
        e.UnitId = input.UnitId;
        e.SupervisorOverride = input.SupervisorOverride;
        e.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : PhoneNumber.Normalise(input.Phone);
        e.PriorityHome = input.PriorityHome;
        e.PriorityHomeReason = input.PriorityHome ? input.PriorityHomeReason?.Trim() : null;
        e.IsActive = input.IsActive;
    }
}
