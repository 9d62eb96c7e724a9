using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Calendar;

/// <summary>
/// The calendar pages over HTTP: a tenant admin uploads a file, sees every problem by line and nothing saved, or
/// a preview whose save stores all of it; an employee reads the calendar and gets no further.
/// </summary>
public sealed partial class CalendarPagesTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "kalender-uji-2026";

    private async Task<(TestTenant Tenant, HttpClient Admin, HttpClient Employee)> ArrangeAsync()
    {
        var t = await web.NewTenantAsync();
        var bkpsdm = await t.UnitAsync($"{t.Code}.bkpsdm", OrgUnitType.Agency);
        var admin = await t.EmployeeAsync(bkpsdm, PositionLevel.Staff, name: "Admin Kepegawaian");
        var staff = await t.EmployeeAsync(bkpsdm, PositionLevel.Staff, name: "Staf");
        await t.AccountAsync(admin, Role.TenantAdmin, password: Password);
        await t.AccountAsync(staff, password: Password);
        return (t, await SignedInAsync(admin.Nip), await SignedInAsync(staff.Nip));
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = web.Node.NewClient();
        using var signIn = await PageForms.SignInAsync(client, userName, Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private static async Task<string> UploadAsync(HttpClient client, string fileName, string content)
    {
        var page = await client.GetStringAsync("Calendar/Import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent("National"), "DefaultKind" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), "Upload", fileName },
        };
        using var response = await client.PostAsync("Calendar/Import?handler=Preview", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<int> HolidaysInAsync(TestTenant t, int year)
    {
        await using var scope = web.Database.NewScope().InTenant(t.Id);
        return await scope.Db.Holidays.CountAsync(h => h.Date.Year == year);
    }

    [Fact]
    public async Task A_file_with_problems_is_previewed_with_each_problem_by_line_and_cannot_be_saved()
    {
        var (t, admin, _) = await ArrangeAsync();
        var html = WebUtility.HtmlDecode(await UploadAsync(admin, "libur.csv", "date,name,kind\n2035-10-01,Hari Jadi,Regional\n2035-02-30,Salah,National\n"));
        Assert.Contains("baris 3: tanggal '2035-02-30' tidak valid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Save", html, StringComparison.Ordinal);
        Assert.Equal(0, await HolidaysInAsync(t, 2035));
    }

    [Fact]
    public async Task A_previewed_file_is_saved_whole_and_the_calendar_shows_it()
    {
        var (t, admin, _) = await ArrangeAsync();
        var html = await UploadAsync(admin, "libur.csv", "date;name;kind\n2036-10-01;Hari Jadi Kabupaten;Libur daerah\n2036-10-02;Cuti bersama Hari Jadi;Cuti bersama\n");
        var previewed = WebUtility.HtmlDecode(Previewed().Match(html).Groups[1].Value);
        Assert.NotEmpty(previewed);
        using var saved = await PageForms.PostFormAsync(admin, "Calendar/Import", "Calendar/Import?handler=Save", new Dictionary<string, string>
        {
            ["Previewed"] = previewed, ["FileName"] = "libur.csv", ["DefaultKind"] = "National",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(2, await HolidaysInAsync(t, 2036));
        var calendar = WebUtility.HtmlDecode(await admin.GetStringAsync("Calendar?year=2036"));
        Assert.Contains("Cuti bersama Hari Jadi", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_holiday_added_by_the_admin_is_read_by_an_employee_who_cannot_change_it()
    {
        var (_, admin, employee) = await ArrangeAsync();
        using var refused = await PageForms.SubmitAsync(admin, "Calendar/Edit", new Dictionary<string, string> { ["date"] = "2037-10-01", ["name"] = " ", ["kind"] = "Regional" });
        Assert.Contains("nama hari libur wajib diisi", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        using var added = await PageForms.SubmitAsync(admin, "Calendar/Edit", new Dictionary<string, string> { ["date"] = "2037-10-01", ["name"] = "Hari Jadi Kabupaten", ["kind"] = "Regional" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var calendar = await employee.GetStringAsync("Calendar?year=2037");
        Assert.Contains("Hari Jadi Kabupaten", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain("Calendar/Edit", calendar, StringComparison.Ordinal);
        foreach (var page in new[] { "Calendar/Edit", "Calendar/Import" })
        {
            using var response = await employee.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Accounts/Denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Previewed\" value=\"([^\"]*)\"")]
    private static partial Regex Previewed();
}
