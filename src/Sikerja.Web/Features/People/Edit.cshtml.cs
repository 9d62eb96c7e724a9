using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sikerja.Data;
using Sikerja.Domain.People;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.People;

/// <summary>
/// Adds an employee (in <c>?unit=</c> when given) or changes one. The unit is chosen by its code and the direct
/// superior by NIP; the priority-home fields appear only to those who may see health data, and stay as stored
/// when someone else saves.
/// </summary>
public sealed class EditModel(
    EmployeeService service,
    OrganisationAccess access,
    SikerjaDbContext db,
    DefaultSupervisorQuery defaults,
    IStringLocalizer<Text> t) : PageModel
{
    [BindProperty(Name = "nip")]
    public string? Nip { get; set; }

    [BindProperty(Name = "name")]
    public string? PersonName { get; set; }

    [BindProperty(Name = "employment")]
    public Employment Employment { get; set; }

    [BindProperty(Name = "level")]
    public PositionLevel Level { get; set; } = PositionLevel.Staff;

    [BindProperty(Name = "title")]
    public string? Title { get; set; }

    [BindProperty(Name = "unitCode")]
    public string? UnitCode { get; set; }

    /// <summary>The NIP of a direct superior set by hand; empty for the default from the unit tree.</summary>
    [BindProperty(Name = "supervisor")]
    public string? SupervisorNip { get; set; }

    [BindProperty(Name = "phone")]
    public string? Phone { get; set; }

    [BindProperty(Name = "priorityHome")]
    public bool PriorityHome { get; set; }

    [BindProperty(Name = "priorityHomeReason")]
    public string? PriorityHomeReason { get; set; }

    [BindProperty(Name = "isActive")]
    public bool IsActive { get; set; } = true;

    /// <summary>The employee being changed; null while adding one.</summary>
    public Employee? Employee { get; private set; }

    public bool ShowsHealth { get; private set; }

    /// <summary>Who the direct superior is without one set by hand, in the unit shown.</summary>
    public PersonRef? DefaultSupervisor { get; private set; }

    public IReadOnlyList<UnitChoice> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, [FromQuery] Guid? unit, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        if (Employee is { } e)
        {
            await ShowStoredAsync(e, ct);
        }
        else if (unit is { } unitId)
        {
            UnitCode = await (await access.EditableUnitsAsync(ct)).Where(u => u.Id == unitId).Select(u => u.Code).SingleOrDefaultAsync(ct);
        }
        return await PageAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        var unitId = await UnitFromCodeAsync(ct);
        var supervisorId = await SupervisorFromNipAsync(ct);
        var input = new EmployeeInput(
            Nip ?? "",
            PersonName ?? "",
            Employment,
            Level,
            unitId ?? Guid.Empty,
            Title,
            supervisorId,
            Phone,
            ShowsHealth && PriorityHome,
            ShowsHealth ? PriorityHomeReason : null,
            IsActive);
        if (!ModelState.IsValid)
        {
            ModelState.AddProblemsOfCleanFields(input.Validate());
            return await PageAsync(ct);
        }
        var result = Employee is null ? await service.CreateAsync(input, ct) : await service.UpdateAsync(Employee.Id, input, ct);
        return await this.OutcomeAsync(result, e => t["Data {0} disimpan.", e.Name].Value, e => $"/People/Detail/{e.Id}", () => PageAsync(ct));
    }

    /// <summary>
    /// Reads the employee being changed: one the caller cannot see is not found, one they may not change is
    /// forbidden (as the service decides); adding needs the right to change some unit.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(Guid? id, CancellationToken ct)
    {
        if (id is not { } employeeId)
        {
            ShowsHealth = true;
            return access.CanEditAny ? null : Forbid();
        }
        Employee = await (await access.VisibleEmployeesAsync(ct)).AsNoTracking().SingleOrDefaultAsync(e => e.Id == employeeId, ct);
        if (Employee is null)
        {
            return NotFound();
        }
        if (!await access.CanEditEmployeeAsync(Employee, ct))
        {
            return Forbid();
        }
        ShowsHealth = await access.CanSeeHealthAsync(Employee, ct);
        return null;
    }

    private async Task ShowStoredAsync(Employee e, CancellationToken ct)
    {
        Nip = e.Nip;
        PersonName = e.Name;
        Employment = e.Employment;
        Level = e.Level;
        Title = e.Title;
        UnitCode = await db.OrgUnits.Where(u => u.Id == e.UnitId).Select(u => u.Code).SingleAsync(ct);
        SupervisorNip = e.SupervisorOverride is { } s ? await db.Employees.Where(x => x.Id == s).Select(x => x.Nip).SingleOrDefaultAsync(ct) : null;
        Phone = e.Phone;
        PriorityHome = ShowsHealth && e.PriorityHome;
        PriorityHomeReason = ShowsHealth ? e.PriorityHomeReason : null;
        IsActive = e.IsActive;
    }

    /// <summary>The unit named by code, among those the caller may change.</summary>
    private async Task<Guid?> UnitFromCodeAsync(CancellationToken ct)
    {
        var code = UnitCode?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(code))
        {
            ModelState.AddModelError("unitCode", t["Isi kode unit."]);
            return null;
        }
        var unitId = await (await access.EditableUnitsAsync(ct)).Where(u => u.Code == code).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(ct);
        if (unitId is null)
        {
            ModelState.AddModelError("unitCode", t["Tidak ada unit berkode '{0}' yang dapat Anda ubah.", code]);
        }
        return unitId;
    }

    private async Task<Guid?> SupervisorFromNipAsync(CancellationToken ct)
    {
        var nip = SupervisorNip?.Trim();
        if (string.IsNullOrEmpty(nip))
        {
            return null;
        }
        var supervisorId = await db.Employees.Where(e => e.Nip == nip).Select(e => (Guid?)e.Id).SingleOrDefaultAsync(ct);
        if (supervisorId is null)
        {
            ModelState.AddModelError("supervisor", t["Tidak ada pegawai dengan NIP/nomor {0}.", nip]);
        }
        return supervisorId;
    }

    private async Task<PageResult> PageAsync(CancellationToken ct)
    {
        var code = UnitCode?.Trim().ToLowerInvariant();
        var unitId = string.IsNullOrEmpty(code) ? null
            : await (await access.EditableUnitsAsync(ct)).Where(u => u.Code == code).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(ct);
        unitId ??= Employee?.UnitId;
        DefaultSupervisor = unitId is { } u ? await defaults.ForAsync(Employee?.Id, u, ct) : null;
        Units = await (await access.EditableUnitsAsync(ct)).AsNoTracking()
            .Where(x => !x.IsClosed)
            .OrderBy(x => x.Code)
            .Select(x => new UnitChoice(x.Code, x.Name))
            .ToListAsync(ct);
        return Page();
    }

    /// <summary>One option of the unit datalist: the code sent and the name shown.</summary>
    public sealed record UnitChoice(string Code, string Name);
}
