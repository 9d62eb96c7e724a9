using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sikerja.Data;
using Sikerja.Domain.Organisation;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Organisation;

/// <summary>
/// Creates a unit (under <c>?parent=</c>, or at the top) or changes one: its fields, its place in the tree, its
/// closing. Form fields are named as the service names its problems, so every refusal shows beside its field.
/// </summary>
public sealed class EditModel(OrgUnitService service, OrganisationAccess access, SikerjaDbContext db, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty(Name = "code")]
    public string? Code { get; set; }

    [BindProperty(Name = "name")]
    public string? UnitName { get; set; }

    [BindProperty(Name = "type")]
    public OrgUnitType Type { get; set; }

    [BindProperty(Name = "address")]
    public string? Address { get; set; }

    // Numbers travel as text and are read with the invariant culture: a number field always sends "-8.65".
    [BindProperty(Name = "latitude")]
    public string? Latitude { get; set; }

    [BindProperty(Name = "longitude")]
    public string? Longitude { get; set; }

    [BindProperty(Name = "radius")]
    public string? Radius { get; set; }

    [BindProperty(Name = "headId")]
    public Guid? HeadId { get; set; }

    [BindProperty(Name = "newParent")]
    public string? NewParentCode { get; set; }

    [BindProperty(Name = "confirm")]
    public bool ConfirmClose { get; set; }

    [BindProperty(SupportsGet = true, Name = "parent")]
    public Guid? ParentId { get; set; }

    /// <summary>The unit being changed; null while creating one.</summary>
    public OrgUnit? Unit { get; private set; }

    /// <summary>The parent of the unit being changed, or of the one being created.</summary>
    public OrgUnit? Parent { get; private set; }

    public IReadOnlyList<UnitChoice> Heads { get; private set; } = [];

    public IReadOnlyList<UnitChoice> ParentChoices { get; private set; } = [];

    public bool CanMakeTopLevel => access.CanEditWholeTenant;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        if (Unit is null)
        {
            Type = Parent is null ? OrgUnitType.Agency : OrgUnitType.Division;
        }
        else
        {
            ShowStored(Unit);
        }
        return await PageAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        var latitude = ReadDecimal(Latitude, "latitude", t["Lintang harus berupa angka, misalnya -8.6705."]);
        var longitude = ReadDecimal(Longitude, "longitude", t["Bujur harus berupa angka, misalnya 115.2126."]);
        var radius = ReadWhole(Radius, "radius", t["Radius harus berupa bilangan bulat meter, misalnya 100."]);
        var input = new OrgUnitInput(Code?.Trim() ?? "", UnitName ?? "", Type, Unit?.ParentId ?? Parent?.Id, Address,
            latitude, longitude, radius, HeadId);
        if (!ModelState.IsValid)
        {
            ModelState.AddProblemsOfCleanFields(input.Validate());
            return await PageAsync(ct);
        }
        var result = Unit is null ? await service.CreateAsync(input, ct) : await service.UpdateAsync(Unit.Id, input, ct);
        return await OutcomeAsync(result, t["Unit {0} disimpan.", input.Name.Trim()], ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        ShowStored(Unit!);
        Guid? newParent = null;
        if (string.IsNullOrWhiteSpace(NewParentCode) && !access.CanEditWholeTenant)
        {
            ModelState.AddModelError("parentId", t["Isi kode unit induk baru."]);
            return await PageAsync(ct);
        }
        if (!string.IsNullOrWhiteSpace(NewParentCode))
        {
            var code = NewParentCode.Trim().ToLowerInvariant();
            newParent = await (await access.EditableUnitsAsync(ct)).Where(u => u.Code == code).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(ct);
            if (newParent is null)
            {
                ModelState.AddModelError("parentId", t["Tidak ada unit berkode '{0}' yang dapat Anda ubah.", code]);
                return await PageAsync(ct);
            }
        }
        var result = await service.MoveAsync(id, newParent, ct);
        return await OutcomeAsync(result, t["Unit {0} dipindahkan.", Unit!.Name], ct);
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        ShowStored(Unit!);
        if (!ConfirmClose)
        {
            ModelState.AddModelError("confirm", t["Centang konfirmasi untuk menutup unit ini."]);
            return await PageAsync(ct);
        }
        var result = await service.CloseAsync(id, ct);
        return await OutcomeAsync(result, t["Unit {0} ditutup.", Unit!.Name], ct);
    }

    private Task<IActionResult> OutcomeAsync(CommandResult<OrgUnit> result, LocalizedString done, CancellationToken ct) =>
        this.OutcomeAsync(result, _ => done.Value, unit => $"/Organisation/{unit.Id}", () => PageAsync(ct));

    /// <summary>
    /// Reads the unit being changed and the parent. A unit or parent outside the tenant is not found; a caller
    /// without the right to change them sees nothing of the form (the service refuses them the same way).
    /// </summary>
    private async Task<IActionResult?> LoadAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } unitId)
        {
            Unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
            if (Unit is null)
            {
                return NotFound();
            }
            ParentId = Unit.ParentId;
        }
        if (ParentId is { } parentId)
        {
            Parent = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == parentId, ct);
            if (Parent is null)
            {
                return NotFound();
            }
        }
        return await MayEditAsync(ct) ? null : Forbid();
    }

    private async Task<bool> MayEditAsync(CancellationToken ct) =>
        Unit is not null ? await access.CanEditUnitAsync(Unit.Id, ct)
        : Parent is not null ? await access.CanEditUnitAsync(Parent.Id, ct)
        : access.CanEditWholeTenant;

    private void ShowStored(OrgUnit unit)
    {
        Code = unit.Code;
        UnitName = unit.Name;
        Type = unit.Type;
        Address = unit.Address;
        Latitude = unit.OfficeLatitude?.ToString(CultureInfo.InvariantCulture);
        Longitude = unit.OfficeLongitude?.ToString(CultureInfo.InvariantCulture);
        Radius = unit.OfficeRadiusMetres?.ToString(CultureInfo.InvariantCulture);
        HeadId = unit.HeadId;
    }

    private double? ReadDecimal(string? text, string field, string problem)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }
        ModelState.AddModelError(field, problem);
        return null;
    }

    private int? ReadWhole(string? text, string field, string problem)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        ModelState.AddModelError(field, problem);
        return null;
    }

    private async Task<PageResult> PageAsync(CancellationToken ct)
    {
        if (Unit is { } unit)
        {
            var people = await db.Employees.AsNoTracking()
                .Where(e => e.UnitId == unit.Id && e.IsActive)
                .OrderBy(e => e.Name)
                .Select(e => new { e.Id, e.Name, e.Nip })
                .ToListAsync(ct);
            Heads = people.ConvertAll(e => new UnitChoice(e.Id.ToString(), $"{e.Name} ({e.Nip})"));
            ParentChoices = await (await access.EditableUnitsAsync(ct)).AsNoTracking()
                .Where(u => !u.IsClosed && !u.Path.StartsWith(unit.Path))
                .OrderBy(u => u.Code)
                .Select(u => new UnitChoice(u.Code, u.Name))
                .ToListAsync(ct);
        }
        return Page();
    }

    /// <summary>One option of a select or datalist: the value sent and the words shown.</summary>
    public sealed record UnitChoice(string Value, string Label);
}
