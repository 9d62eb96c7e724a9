using Microsoft.AspNetCore.Http.HttpResults;
using Sikerja.Domain.Reports;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Web.Features.Reports;

/// <summary>Compliance, monthly summaries and settings of daily reports, for programs.</summary>
public static class ReportComplianceApi
{
    public sealed record CountsDto(
        int Required, int OnTime, int Late, int Missing, int Pending, int Approved, int AwaitingReview, int Returned, decimal? Rate, decimal? OnTimeRate)
    {
        public static CountsDto From(ComplianceCounts c) =>
            new(c.Required, c.OnTime, c.Late, c.Missing, c.Pending, c.Approved, c.AwaitingReview, c.Returned, c.Rate, c.OnTimeRate);
    }

    public sealed record ComplianceRowDto(Guid Id, string Name, string? Nip, CountsDto Counts, IReadOnlyList<DateOnly> MissingDays);

    /// <summary><c>level</c>: Tenant (rows are agencies), Agency or Team (rows are units), Unit (rows are employees).</summary>
    public sealed record ComplianceDto(
        ComplianceLevel Level, string? Title, DateOnly From, DateOnly To, bool Team, Guid? Agency, Guid? Unit, DateOnly? LastPassedDeadline,
        CountsDto Totals, IReadOnlyList<ComplianceRowDto> Rows);

    public sealed record TargetOutputDto(Guid? TargetId, string? Title, string Unit, decimal Quantity, decimal? YearlyQuantity);

    public sealed record SummaryDto(
        Guid Employee, string Name, string Nip, DateOnly From, DateOnly To, CountsDto Counts, IReadOnlyList<DateOnly> MissingDays, IReadOnlyList<TargetOutputDto> Outputs);

    public sealed record SettingsDto(int DeadlineWorkingDays, TimeOnly DeadlineTime, TimeOnly ReminderTime)
    {
        public static SettingsDto From(ReportSettings s) => new(s.DeadlineWorkingDays, s.DeadlineTime, s.ReminderTime);
    }

    public static RouteGroupBuilder MapReportComplianceApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapGet("/compliance", ComplianceAsync)
            .WithSummary("Daily report compliance of a day (date=yyyy-MM-dd, default today) or a month (month=yyyy-MM): the tenant by agency, an agency (agency=) or the caller's team (team=true) by unit, a unit (unit=) by employee with missing dates.");
        reports.MapGet("/summary", SummaryAsync)
            .WithSummary("An employee's month (employee=, default the caller; month=yyyy-MM, default this month): owed, sent, late and missing days, outputs per performance target.");
        reports.MapGet("/settings", GetSettingsAsync).WithSummary("The tenant's report deadline and reminder time (tenant admins).");
        reports.MapPut("/settings", PutSettingsAsync).WithSummary("Sets the tenant's report deadline (0–2 working days after the work date, at a time) and reminder time (tenant admins).");
        return api;
    }

    private static async Task<Results<Ok<ComplianceDto>, ValidationProblem, NotFound, ForbidHttpResult>> ComplianceAsync(
        ComplianceQuery query, DateOnly? date, string? month, Guid? agency, Guid? unit, bool? team, CancellationToken ct) =>
        (await query.ViewAsync(new ComplianceRequest(date, month, agency, unit, team ?? false), ct)).ToHttp(v => new ComplianceDto(
            v.Level, v.Title, v.From, v.To, v.Team, v.AgencyId, v.UnitId, v.LastPassed, CountsDto.From(v.Totals),
            [.. v.Rows.Select(r => new ComplianceRowDto(r.Id, r.Name, r.Nip, CountsDto.From(r.Counts), r.MissingDays))]));

    private static async Task<Results<Ok<SummaryDto>, ValidationProblem, NotFound, ForbidHttpResult>> SummaryAsync(
        ReportSummaryQuery query, Guid? employee, string? month, CancellationToken ct) =>
        (await query.EmployeeAsync(employee, month, ct)).ToHttp(s => new SummaryDto(
            s.EmployeeId, s.Name, s.Nip, s.From, s.To, CountsDto.From(s.Counts), s.MissingDays,
            [.. s.Outputs.Select(o => new TargetOutputDto(o.TargetId, o.Title, o.Unit, o.Quantity, o.YearlyQuantity))]));

    private static async Task<Results<Ok<SettingsDto>, ValidationProblem, NotFound, ForbidHttpResult>> GetSettingsAsync(ReportSettingsService settings, CancellationToken ct) =>
        (await settings.GetAsync(ct)).ToHttp(SettingsDto.From);

    private static async Task<Results<Ok<SettingsDto>, ValidationProblem, NotFound, ForbidHttpResult>> PutSettingsAsync(
        ReportSettingsInput body, ReportSettingsService settings, CancellationToken ct) =>
        (await settings.SaveAsync(body, ct)).ToHttp(SettingsDto.From);
}
