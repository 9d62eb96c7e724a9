using Microsoft.EntityFrameworkCore;
using Sikerja.Data;
using Sikerja.Data.Rosters;
using Sikerja.Data.Tenancy;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Tenants;
using Sikerja.Web.Features.Policies;
using Sikerja.Web.Features.Rosters;

namespace Sikerja.Web.Features.Demo;

/// <summary>
/// Gives a freshly seeded demo regency a circular in force and a published duty roster around today, so that
/// "my schedule", attendance and the roster pages show real days from the first sign-in. The circular is the
/// Kutai Kartanegara template (two shifts, 25% cap), published from the Monday of the current week; and its travel
/// settings, with the regency as their home region (<see cref="DemoTravel"/>).
/// </summary>
public sealed class DemoWorkArrangement(
    SikerjaDbContext db, TenantScope scope, ScenarioBuilder scenarios, RosterPlanWriter writer, TimeProvider time)
{
    public const string TemplateKey = "kukar-2021";
    public const string Number = "800/1/DEMO/2026";
    private const int RosterWeeks = 4;

    public async Task SeedAsync(Tenant tenant, CancellationToken ct)
    {
        scope.Enter(tenant.Id);
        var today = new TenantClock(time, tenant.TimeZoneId).Today;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var template = PolicyTemplates.Find(TemplateKey) ?? throw new InvalidOperationException($"The policy template {TemplateKey} is missing.");
        var unitCodes = (await db.OrgUnits.Select(u => u.Code).ToListAsync(ct)).ToHashSet();
        var (rules, _) = PolicyTemplates.Adapt(template.Rules, monday, unitCodes);
        rules = rules with { Number = Number, Title = "Penyesuaian Sistem Kerja ASN (demo)", EffectiveUntil = null };

        var now = time.GetUtcNow().UtcDateTime;
        var policy = new Policy
        {
            TenantId = tenant.Id,
            Status = PolicyStatus.Published,
            SignerName = "Bupati Sukamaju (demo)",
            SignerPost = template.SignerPost.Replace("Kutai Kartanegara", "Sukamaju", StringComparison.Ordinal),
            IssuedOn = monday.AddDays(-3),
            CreatedAt = now,
            PublishedAt = now,
        };
        policy.SeriesId = policy.Id;
        policy.SetRules(rules);
        db.Policies.Add(policy);
        DemoTravel.Add(db, tenant);
        await db.SaveChangesAsync(ct);

        var to = monday.AddDays((7 * RosterWeeks) - 1);
        var stored = await scenarios.BuildAsync(tenant.Id, (Guid?)null, rules, monday, to, ct);
        var roster = RosterSolver.Solve(stored.Scenario);
        var plan = await writer.SaveDraftAsync(tenant.Id, null, policy.Id, stored, roster, null, ct);
        db.RosterPlans.Attach(plan);
        plan.Status = RosterStatus.Published;
        plan.PublishedAt = now;
        await db.SaveChangesAsync(ct);
    }
}
