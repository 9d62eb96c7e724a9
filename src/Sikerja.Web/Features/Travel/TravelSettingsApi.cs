using Microsoft.AspNetCore.Http.HttpResults;
using Sikerja.Domain;
using Sikerja.Domain.Travel;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Travel;

/// <summary>The tenant's travel rules over the API, for tenant admins: what /Travel/Settings shows and saves.</summary>
public static class TravelSettingsApi
{
    public sealed record TravelSettingsDto(
        string? HomeRegionCode, string? HomeRegionName, IReadOnlyList<ApprovalStep> OfficialChain, IReadOnlyList<ApprovalStep> PrivateChain,
        ApprovalStep? HighRiskExtraStep, int EmergencyGraceHours, int QuarantineDaysAfterHighRisk, Guid? SekdaUnitId);

    /// <summary>
    /// Every setting at once (a replacement): the chains in order, the high-risk step null for none, the Sekretariat
    /// Daerah null to follow the rule (the top-level Secretariat not named DPRD, then by code).
    /// </summary>
    public sealed record TravelSettingsRequest(
        string? HomeRegionCode, IReadOnlyList<ApprovalStep>? OfficialChain, IReadOnlyList<ApprovalStep>? PrivateChain,
        ApprovalStep? HighRiskExtraStep, int? EmergencyGraceHours, int? QuarantineDaysAfterHighRisk, Guid? SekdaUnitId)
    {
        /// <summary>The fields a replacement cannot leave out.</summary>
        public IEnumerable<Problem> Missing()
        {
            if (EmergencyGraceHours is null)
            {
                yield return new Problem("emergencyGraceHours", "isi batas waktu izin darurat (jam)");
            }
            if (QuarantineDaysAfterHighRisk is null)
            {
                yield return new Problem("quarantineDaysAfterHighRisk", "isi lama karantina (hari; 0 bila tidak ada)");
            }
        }

        public TravelSettingsInput ToInput() => new(
            HomeRegionCode, OfficialChain ?? [], PrivateChain ?? [], HighRiskExtraStep, EmergencyGraceHours ?? 0, QuarantineDaysAfterHighRisk ?? 0, SekdaUnitId);
    }

    public static RouteGroupBuilder MapTravelSettingsApi(this RouteGroupBuilder api)
    {
        var settings = api.MapGroup("/travel-settings").WithTags("Travel settings");
        settings.MapGet("/", ReadAsync).WithSummary("The tenant's travel rules (the defaults until saved): home region, approval chains, high-risk step, emergency grace, quarantine, the Sekretariat Daerah. Tenant admins.");
        settings.MapPut("/", SaveAsync).WithSummary(
            "Replaces the tenant's travel rules (tenant admins; audited). Each chain has at least one step, each step once; the home region is a code of the region list.");
        return api;
    }

    private static async Task<Results<Ok<TravelSettingsDto>, ValidationProblem, NotFound, ForbidHttpResult>> ReadAsync(
        TravelSettingsService service, TravelRegions regions, CancellationToken ct) =>
        await ToHttpAsync(await service.ReadAsync(ct), regions, ct);

    private static async Task<Results<Ok<TravelSettingsDto>, ValidationProblem, NotFound, ForbidHttpResult>> SaveAsync(
        TravelSettingsRequest body, TravelSettingsService service, TravelRegions regions, CancellationToken ct)
    {
        var missing = body.Missing().ToList();
        return await ToHttpAsync(missing.Count > 0 ? CommandResult<TravelSettings>.Refused(missing) : await service.SaveAsync(body.ToInput(), ct), regions, ct);
    }

    private static async Task<Results<Ok<TravelSettingsDto>, ValidationProblem, NotFound, ForbidHttpResult>> ToHttpAsync(
        CommandResult<TravelSettings> result, TravelRegions regions, CancellationToken ct)
    {
        var home = result.Value is { } settings ? await regions.FindAsync(settings.HomeRegionCode, ct) : null;
        return result.ToHttp(s => new TravelSettingsDto(
            s.HomeRegionCode, home is null ? null : TravelRegions.Describe(home), s.OfficialChain, s.PrivateChain, s.HighRiskExtraStep,
            s.EmergencyGraceHours, s.QuarantineDaysAfterHighRisk, s.SekdaUnitId));
    }
}
