using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.Travel;
using Sikerja.Web.Access;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

public sealed record TravelSettingsInput(
    string? HomeRegionCode, IReadOnlyList<ApprovalStep> OfficialChain, IReadOnlyList<ApprovalStep> PrivateChain,
    ApprovalStep? HighRiskExtraStep, int EmergencyGraceHours, int QuarantineDaysAfterHighRisk, Guid? SekdaUnitId);

/// <summary>
/// The tenant's travel rules: read by every travel feature (defaults until saved), changed by tenant admins (audited).
/// They also say which unit is the Sekretariat Daerah (<see cref="SekdaRules"/>), as the Sekda is a travel approver.
/// </summary>
public sealed class TravelSettingsService(SikerjaDbContext db, CurrentUser user, TravelRegions regions)
{
    /// <summary>The current tenant's settings, or the defaults; no rights needed (the rules apply to everyone).</summary>
    public async Task<TravelSettings> CurrentAsync(CancellationToken ct) =>
        await db.TravelSettings.AsNoTracking().SingleOrDefaultAsync(ct) ?? new TravelSettings { TenantId = db.CurrentTenantId ?? Guid.Empty };

    public async Task<CommandResult<TravelSettings>> ReadAsync(CancellationToken ct) =>
        user.TenantId is null || !user.IsTenantAdmin ? CommandResult<TravelSettings>.Forbidden() : CommandResult<TravelSettings>.Done(await CurrentAsync(ct));

    public async Task<CommandResult<TravelSettings>> SaveAsync(TravelSettingsInput input, CancellationToken ct)
    {
        if (user.TenantId is not { } tenant || !user.IsTenantAdmin)
        {
            return CommandResult<TravelSettings>.Forbidden();
        }
        var home = string.IsNullOrWhiteSpace(input.HomeRegionCode) ? null : input.HomeRegionCode.Trim();
        var wanted = new TravelSettings
        {
            TenantId = tenant, HomeRegionCode = home, OfficialChain = [.. input.OfficialChain], PrivateChain = [.. input.PrivateChain],
            HighRiskExtraStep = input.HighRiskExtraStep, EmergencyGraceHours = input.EmergencyGraceHours,
            QuarantineDaysAfterHighRisk = input.QuarantineDaysAfterHighRisk, SekdaUnitId = input.SekdaUnitId,
        };
        var problems = TravelSettingsRules.Check(wanted, await regions.FindAsync(home, ct)).ToList();
        if (input.SekdaUnitId is { } sekdaUnit
            && SekdaRules.CheckChoice(await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == sekdaUnit, ct)) is { } badUnit)
        {
            problems.Add(badUnit);
        }
        if (problems.Count > 0)
        {
            return CommandResult<TravelSettings>.Refused(problems);
        }
        var stored = await db.TravelSettings.SingleOrDefaultAsync(ct);
        if (stored is null)
        {
            db.TravelSettings.Add(wanted);
            stored = wanted;
        }
        else
        {
            stored.HomeRegionCode = wanted.HomeRegionCode;
            stored.OfficialChain = wanted.OfficialChain;
            stored.PrivateChain = wanted.PrivateChain;
            stored.HighRiskExtraStep = wanted.HighRiskExtraStep;
            stored.EmergencyGraceHours = wanted.EmergencyGraceHours;
            stored.QuarantineDaysAfterHighRisk = wanted.QuarantineDaysAfterHighRisk;
            stored.SekdaUnitId = wanted.SekdaUnitId;
        }
        await db.SaveChangesAsync(ct);
        return CommandResult<TravelSettings>.Done(stored);
    }
}
