using System.Net;
using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Schedule;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.RosterRepairs;

/// <summary>The repair page over HTTP: the admin sees what would change, applies it, and finds it in the history.</summary>
public sealed class RepairPageTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    [Fact]
    public async Task The_admin_previews_applies_and_finds_the_repair_in_the_history()
    {
        var w = await PublishedRosterWorld.CreateAsync(web.Database, days: 4);
        var tomorrow = w.Today.AddDays(1);
        var entries = await w.EntriesAsync(web.Database);
        var sick = w.StaffB.First(e => entries[(e.Id, tomorrow)].Mode == WorkMode.Office);
        await w.SickAsync(web.Database, sick, tomorrow, tomorrow);
        var client = web.Node.NewClient();
        using (var signIn = await PageForms.SignInAsync(client, w.AdminUser, PublishedRosterWorld.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        var page = $"Rosters/{w.Plan.Id}/Repair";

        var preview = WebUtility.HtmlDecode(await client.GetStringAsync(page));
        Assert.Contains(sick.Name, preview, StringComparison.Ordinal);
        Assert.Contains("Sebab: Berhalangan (Sakit)", preview, StringComparison.Ordinal);
        Assert.Contains("Jadwal ini belum pernah diperbaiki.", preview, StringComparison.Ordinal);

        using var applied = await PageForms.SubmitAsync(client, page, new Dictionary<string, string> { ["From"] = w.Today.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var after = WebUtility.HtmlDecode(await client.GetStringAsync(page));
        Assert.Contains("Tidak ada yang perlu diubah: jadwal sudah sesuai dengan catatan ketidakhadiran.", after, StringComparison.Ordinal);
        Assert.Contains("oleh Admin Kepegawaian", after, StringComparison.Ordinal);
        Assert.Contains(sick.Name, after, StringComparison.Ordinal);
        await using var scope = web.Database.NewScope().InTenant(w.Tenant.Id);
        Assert.Equal(WorkMode.Off, (await scope.Db.RosterEntries.SingleAsync(e => e.PlanId == w.Plan.Id && e.EmployeeId == sick.Id && e.Date == tomorrow)).Mode);

        var staff = web.Node.NewClient();
        using (var signIn = await PageForms.SignInAsync(staff, w.StaffA[0].Nip, PublishedRosterWorld.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        using var refused = await staff.GetAsync(page);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }
}
