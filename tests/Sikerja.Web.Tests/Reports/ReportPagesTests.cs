using System.Net;
using Sikerja.Integration.Tests.Schedule;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Reports;

/// <summary>
/// The daily report pages over HTTP, each as the user it is for: the tenant admin's settings and the whole
/// tenant's compliance, a head's compliance of the team, an employee's own monthly summary; a plain employee is
/// turned away from the settings, the compliance and another's summary.
/// </summary>
public sealed class ReportPagesTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = web.Node.NewClient();
        using var signIn = await PageForms.SignInAsync(client, user, PublishedRosterWorld.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private static async Task<string> PageAsync(HttpClient client, string page)
    {
        using var response = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task AssertTurnedAwayAsync(HttpClient client, string page)
    {
        using var response = await client.GetAsync(page);
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Accounts/Denied", StringComparison.Ordinal)),
            $"{page}: {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task Each_report_page_answers_the_user_it_is_for()
    {
        var w = await PublishedRosterWorld.CreateAsync(web.Database, days: 1);
        using var admin = await SignedInAsync(w.AdminUser);
        var settings = await PageAsync(admin, "Reports/Settings");
        Assert.Contains("<h1>Pengaturan laporan kinerja harian</h1>", settings, StringComparison.Ordinal);
        Assert.Contains("name=\"DeadlineWorkingDays\"", settings, StringComparison.Ordinal);
        var tenantCompliance = await PageAsync(admin, "Reports/Compliance");
        Assert.Contains("<h1>Kepatuhan laporan kinerja harian</h1>", tenantCompliance, StringComparison.Ordinal);
        Assert.Contains(w.Dinas.Name, tenantCompliance, StringComparison.Ordinal);

        using var head = await SignedInAsync(w.Head.Nip);
        Assert.Contains("<h1>Kepatuhan laporan kinerja harian</h1>", await PageAsync(head, "Reports/Compliance"), StringComparison.Ordinal);

        var employee = w.StaffA[0];
        using var staff = await SignedInAsync(employee.Nip);
        var summary = await PageAsync(staff, "Reports/Summary");
        Assert.Contains("<h1>Ringkasan laporan kinerja bulanan</h1>", summary, StringComparison.Ordinal);
        Assert.Contains(employee.Name, summary, StringComparison.Ordinal);

        await AssertTurnedAwayAsync(staff, "Reports/Settings");
        await AssertTurnedAwayAsync(staff, "Reports/Compliance");
        await AssertTurnedAwayAsync(staff, $"Reports/Summary?employee={w.StaffB[0].Id}");
    }
}
