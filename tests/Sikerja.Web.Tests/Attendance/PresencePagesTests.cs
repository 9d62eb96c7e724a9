using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Calendar;
using Sikerja.Integration.Tests.Attendance;
using Sikerja.Integration.Tests.Schedule;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Attendance;

/// <summary>
/// The attendance pages over HTTP: an admin schedules an assembly that the staff see on their schedule and attend,
/// the admin reads who came; the desk registers a visitor on the presence list, which exports to XLSX and which
/// a plain employee cannot open; an employee asks to work at the office.
/// </summary>
public sealed partial class PresencePagesTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = web.Node.NewClient();
        using var signIn = await PageForms.SignInAsync(client, user, PublishedRosterWorld.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    [Fact]
    public async Task An_assembly_is_scheduled_seen_attended_and_its_attendance_read()
    {
        var w = await PublishedRosterWorld.CreateAsync(web.Database, days: 1);
        using var admin = await SignedInAsync(w.AdminUser);
        var now = new TenantClock(TimeProvider.System, "Asia/Jakarta").LocalNow;
        using var scheduled = await PageForms.SubmitAsync(admin, "Attendance/Assemblies", new Dictionary<string, string>
        {
            ["title"] = "Apel Senin daring", ["date"] = now.ToString("yyyy-MM-dd"), ["startsAt"] = now.ToString("HH:mm"),
            ["onlineLink"] = "", ["place"] = "Halaman kantor", ["unitId"] = w.Dinas.Id.ToString(),
        }, "Schedule");
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var reportUrl = scheduled.Headers.Location!.OriginalString.TrimStart('/');

        using var staff = await SignedInAsync(w.StaffA[0].Nip);
        var schedule = WebUtility.HtmlDecode(await staff.GetStringAsync("Schedule"));
        Assert.Contains("Apel Senin daring", schedule, StringComparison.Ordinal);
        var form = AttendForm().Match(await staff.GetStringAsync("Attendance/Assemblies"));
        Assert.True(form.Success, "no attend button");
        using var attended = await PageForms.PostFormAsync(staff, "Attendance/Assemblies", WebUtility.HtmlDecode(form.Groups[1].Value).TrimStart('/'),
            new Dictionary<string, string> { ["clientId"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.Redirect, attended.StatusCode);

        var report = WebUtility.HtmlDecode(await admin.GetStringAsync(reportUrl));
        Assert.Contains("Hadir (1)", report, StringComparison.Ordinal);
        Assert.Contains("Tidak hadir (7)", report, StringComparison.Ordinal);
        using var denied = await staff.GetAsync(reportUrl);
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }

    [Fact]
    public async Task The_desk_registers_a_visitor_and_the_list_exports_while_a_plain_employee_is_turned_away()
    {
        var w = await PublishedRosterWorld.CreateAsync(web.Database, days: 1);
        await w.OfficeAsync(web.Database);
        using var admin = await SignedInAsync(w.AdminUser);
        var page = $"Attendance/Presence?unit={w.Dinas.Id}&date={w.Today:yyyy-MM-dd}";
        using var registered = await PageForms.SubmitAsync(admin, page, new Dictionary<string, string>
        {
            ["visitorName"] = "Siti Aminah", ["phone"] = "0813 1111 2222", ["metName"] = "Kepala Dinas",
        }, "Visit");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains("Siti Aminah", list, StringComparison.Ordinal);
        Assert.Contains("+6281311112222", list, StringComparison.Ordinal);

        using var refused = await PageForms.SubmitAsync(admin, page, new Dictionary<string, string> { ["visitorName"] = "", ["phone"] = "1", ["metName"] = "" }, "Visit");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("nama tamu wajib diisi", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var xlsx = await admin.GetAsync($"Attendance/Presence?handler=Xlsx&unit={w.Dinas.Id}&date={w.Today:yyyy-MM-dd}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);

        using var staff = await SignedInAsync(w.StaffA[0].Nip);
        using var denied = await staff.GetAsync(page);
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        Assert.DoesNotContain("Siti Aminah", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_employee_asks_to_work_at_the_office_and_sees_the_request()
    {
        var w = await PublishedRosterWorld.CreateAsync(web.Database, days: 7);
        var entries = await w.EntriesAsync(web.Database);
        var (staff, day) = (from e in w.StaffA
                            from d in Enumerable.Range(1, 6).Select(i => w.Today.AddDays(i))
                            where entries[(e.Id, d)].Mode == Domain.Rosters.WorkMode.Home
                            select (e, d)).First();
        using var client = await SignedInAsync(staff.Nip);
        using var asked = await PageForms.SubmitAsync(client, "Attendance/OfficeWork",
            new Dictionary<string, string> { ["date"] = day.ToString("yyyy-MM-dd"), ["reason"] = "menyusun laporan keuangan" }, "Ask");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var mine = WebUtility.HtmlDecode(await client.GetStringAsync("Attendance/OfficeWork"));
        Assert.Contains("menyusun laporan keuangan", mine, StringComparison.Ordinal);
        Assert.Contains("Menunggu keputusan", mine, StringComparison.Ordinal);

        using var head = await SignedInAsync(w.Head.Nip);
        var toDecide = WebUtility.HtmlDecode(await head.GetStringAsync("Attendance/OfficeWork"));
        Assert.Contains(staff.Name, toDecide, StringComparison.Ordinal);
        await using var scope = web.Database.NewScope().InTenant(w.Tenant.Id);
        var request = await scope.Db.OfficeWorkRequests.SingleAsync(r => r.EmployeeId == staff.Id);
        using var approved = await PageForms.PostFormAsync(head, "Attendance/OfficeWork", $"Attendance/OfficeWork?handler=Approve&id={request.Id}",
            new Dictionary<string, string> { ["note"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(Domain.Rosters.WorkMode.Office, (await w.EntriesAsync(web.Database))[(staff.Id, day)].Mode);
    }

    [GeneratedRegex("<form method=\"post\" class=\"inline\" action=\"([^\"]*handler=Attend[^\"]*)\"")]
    private static partial Regex AttendForm();
}
