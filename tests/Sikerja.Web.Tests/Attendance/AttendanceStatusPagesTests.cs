using System.Net;
using Sikerja.Integration.Tests.Attendance;
using Sikerja.Web.Features.Imports;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Attendance;

/// <summary>The attendance pages over HTTP: a supervisor's team, an agency's day, the recap's workbook, a manual record.</summary>
public sealed class AttendanceStatusPagesTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = web.Node.NewClient();
        using var signIn = await PageForms.SignInAsync(client, userName, AttendanceWorld.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    [Fact]
    public async Task A_supervisor_reads_the_team_and_an_agency_admin_the_agency_records_by_hand_and_downloads_the_recap()
    {
        var w = await AttendanceWorld.CreateAsync(web.Database);
        using (var supervisor = await SignedInAsync(w.Kabid.Nip))
        {
            var team = await supervisor.GetStringAsync("Attendance/Team?date=2026-06-01");
            Assert.Contains(w.Late.Name, team);
            Assert.Contains("Terlambat (40 menit)", team);
            Assert.Contains("Tanpa presensi pulang", team);
            Assert.DoesNotContain(w.Guru.Name, team);
            Assert.True(team.Length < 60_000, $"{team.Length} bytes");
            using var agency = await supervisor.GetAsync("Attendance/Agency");
            Assert.NotEqual(HttpStatusCode.OK, agency.StatusCode);
        }

        using var admin = await SignedInAsync(w.Admin.Nip);
        var day = await admin.GetStringAsync($"Attendance/Agency?agency={w.Dinkes.Id}&date=2026-06-01&status=Absent");
        Assert.Contains("Per unit", day);
        Assert.Contains(w.Absent.Name, day);
        Assert.DoesNotContain(w.AtOffice.Name + "<br>", day);

        using var recorded = await PageForms.SubmitAsync(admin, "Attendance/Manual", new Dictionary<string, string>
        {
            ["Nip"] = w.Absent.Nip, ["Date"] = "2026-06-01", ["CheckedIn"] = "07:40", ["CheckedOut"] = "11:30", ["Mode"] = "Office", ["Reason"] = "Tidak ada sinyal",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        using var refused = await PageForms.SubmitAsync(admin, "Attendance/Manual", new Dictionary<string, string>
        {
            ["Nip"] = w.Guru.Nip, ["Date"] = "2026-06-01", ["CheckedIn"] = "07:40", ["Mode"] = "Office", ["Reason"] = "Tidak ada sinyal",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("bukan pegawai perangkat daerah Anda", await refused.Content.ReadAsStringAsync());

        var after = await admin.GetStringAsync($"Attendance/Agency?agency={w.Dinkes.Id}&date=2026-06-01&status=PresentAtOffice");
        Assert.Contains("Presensi manual", after);

        using var file = await admin.GetAsync($"Attendance/Recap?handler=Xlsx&agency={w.Dinkes.Id}&month=2026-06");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(SpreadsheetWriter.XlsxContentType, file.Content.Headers.ContentType?.MediaType);
        var recap = await admin.GetStringAsync($"Attendance/Recap?agency={w.Dinkes.Id}&month=2026-06");
        Assert.Contains("Menit terlambat", recap);
    }
}
