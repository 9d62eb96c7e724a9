using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain;
using Sikerja.Domain.Organisation;
using Sikerja.Web.Access;
using Sikerja.Web.Features.People;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Organisation;

/// <summary>Creating, renaming, moving and closing units, within the caller's rights.</summary>
public sealed class OrgUnitService(SikerjaDbContext db, OrganisationAccess access, CurrentUser user, ReportingLineUpdater reportingLines)
{
    public async Task<CommandResult<OrgUnit>> CreateAsync(OrgUnitInput input, CancellationToken ct)
    {
        if (user.TenantId is not { } tenantId || !access.CanEditAny)
        {
            return CommandResult<OrgUnit>.Forbidden();
        }
        var problems = input.Validate().ToList();
        OrgUnit? parent = null;
        if (input.ParentId is { } parentId)
        {
            parent = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == parentId, ct);
            if (parent is null)
            {
                return CommandResult<OrgUnit>.NotFound();
            }
            if (parent.IsClosed)
            {
                problems.Add(new Problem("parentId", "unit induk sudah ditutup"));
            }
            else if (!await access.CanEditUnitAsync(parentId, ct))
            {
                return CommandResult<OrgUnit>.Forbidden();
            }
        }
        else if (!access.CanEditWholeTenant)
        {
            return CommandResult<OrgUnit>.Forbidden();
        }
        if (await db.OrgUnits.AnyAsync(u => u.Code == input.Code, ct))
        {
            problems.Add(new Problem("code", $"kode unit '{input.Code}' sudah dipakai"));
        }
        if (input.HeadId is not null)
        {
            problems.Add(new Problem("headId", "kepala unit baru dipilih setelah unit dibuat dan pegawainya ditempatkan"));
        }
        if (problems.Count > 0)
        {
            return CommandResult<OrgUnit>.Refused(problems);
        }
        var unit = new OrgUnit { TenantId = tenantId, Code = input.Code, Name = input.Name.Trim(), Type = input.Type, ParentId = input.ParentId };
        unit.Path = OrgTreeRules.PathOf(unit.Id, parent?.Path);
        Apply(unit, input);
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        return CommandResult<OrgUnit>.Done(unit);
    }

    /// <summary>Renames a unit and changes its type, address, office location and head.</summary>
    public async Task<CommandResult<OrgUnit>> UpdateAsync(Guid id, OrgUnitInput input, CancellationToken ct)
    {
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return CommandResult<OrgUnit>.NotFound();
        }
        if (!await access.CanEditUnitAsync(id, ct))
        {
            return CommandResult<OrgUnit>.Forbidden();
        }
        var problems = input.Validate().ToList();
        if (input.Code != unit.Code && await db.OrgUnits.AnyAsync(u => u.Code == input.Code, ct))
        {
            problems.Add(new Problem("code", $"kode unit '{input.Code}' sudah dipakai"));
        }
        if (input.HeadId is { } headId && !await db.Employees.AnyAsync(e => e.Id == headId && e.UnitId == id && e.IsActive, ct))
        {
            problems.Add(new Problem("headId", "kepala unit harus pegawai aktif dari unit ini"));
        }
        if (input.ParentId != unit.ParentId)
        {
            problems.Add(new Problem("parentId", "gunakan Pindahkan untuk mengganti unit induk"));
        }
        if (problems.Count > 0)
        {
            return CommandResult<OrgUnit>.Refused(problems);
        }
        unit.Code = input.Code;
        unit.Name = input.Name.Trim();
        unit.Type = input.Type;
        var headChanged = unit.HeadId != input.HeadId;
        unit.HeadId = input.HeadId;
        Apply(unit, input);
        if (headChanged && await reportingLines.ApplyAsync(ct) is { Count: > 0 } loops)
        {
            return CommandResult<OrgUnit>.Refused(loops);
        }
        await db.SaveChangesAsync(ct);
        return CommandResult<OrgUnit>.Done(unit);
    }

    public async Task<CommandResult<OrgUnit>> MoveAsync(Guid id, Guid? newParentId, CancellationToken ct)
    {
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return CommandResult<OrgUnit>.NotFound();
        }
        // Moving changes two places: the unit's and the new parent's; an agency admin stays inside the agency.
        if (!await access.CanEditUnitAsync(id, ct) || (newParentId is { } p ? !await access.CanEditUnitAsync(p, ct) : !access.CanEditWholeTenant))
        {
            return CommandResult<OrgUnit>.Forbidden();
        }
        var parentOf = await db.OrgUnits.ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
        if (newParentId is { } target && !parentOf.ContainsKey(target))
        {
            return CommandResult<OrgUnit>.NotFound();
        }
        if (OrgTreeRules.CheckMove(id, newParentId, parentOf) is { } problem)
        {
            return CommandResult<OrgUnit>.Refused([problem]);
        }
        var newParent = newParentId is { } np ? await db.OrgUnits.SingleAsync(u => u.Id == np, ct) : null;
        if (newParent is { IsClosed: true })
        {
            return CommandResult<OrgUnit>.Refused("parentId", "unit induk sudah ditutup");
        }
        var oldPath = unit.Path;
        var newPath = OrgTreeRules.PathOf(unit.Id, newParent?.Path);
        var subtree = await db.OrgUnits.Where(u => u.Path.StartsWith(oldPath)).ToListAsync(ct);
        foreach (var u in subtree)
        {
            u.Path = newPath + u.Path[oldPath.Length..];
        }
        unit.ParentId = newParentId;
        if (await reportingLines.ApplyAsync(ct) is { Count: > 0 } loops)
        {
            return CommandResult<OrgUnit>.Refused(loops);
        }
        await db.SaveChangesAsync(ct);
        return CommandResult<OrgUnit>.Done(unit);
    }

    public async Task<CommandResult<OrgUnit>> CloseAsync(Guid id, CancellationToken ct)
    {
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return CommandResult<OrgUnit>.NotFound();
        }
        if (!await access.CanEditUnitAsync(id, ct) || (unit.ParentId is null && !access.CanEditWholeTenant))
        {
            return CommandResult<OrgUnit>.Forbidden();
        }
        var people = await db.Employees.CountAsync(e => e.UnitId == id && e.IsActive, ct);
        var openChildren = await db.OrgUnits.CountAsync(u => u.ParentId == id && !u.IsClosed, ct);
        if (OrgTreeRules.CheckClose(people, openChildren) is { } problem)
        {
            return CommandResult<OrgUnit>.Refused([problem]);
        }
        unit.IsClosed = true;
        unit.HeadId = null;
        await db.SaveChangesAsync(ct);
        return CommandResult<OrgUnit>.Done(unit);
    }

    private static void Apply(OrgUnit unit, OrgUnitInput input)
    {
        unit.Address = string.IsNullOrWhiteSpace(input.Address) ? null : input.Address.Trim();
        unit.OfficeLatitude = input.OfficeLatitude;
        unit.OfficeLongitude = input.OfficeLongitude;
        unit.OfficeRadiusMetres = input.OfficeRadiusMetres;
    }
}
