using System.Net;
using System.Text.RegularExpressions;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Integration.Tests.Infrastructure;
using Sikerja.Web.Features.Notifications;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Notifications;

/// <summary>The bell in every page header counts the unread; the inbox opens a notification, which marks it read.</summary>
public sealed partial class NotificationPagesTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "notifikasi-uji-2026";

    [Fact]
    public async Task The_bell_counts_the_unread_and_opening_one_marks_it_read_and_follows_its_link()
    {
        var t = await web.NewTenantAsync();
        var dinas = await t.UnitAsync($"{t.Code}.dinas", OrgUnitType.Agency);
        var ani = await t.EmployeeAsync(dinas, PositionLevel.Staff, name: "Ani");
        var budi = await t.EmployeeAsync(dinas, PositionLevel.Staff, name: "Budi");
        await t.AccountAsync(ani, password: Password);
        await using (var scope = web.Database.NewScope().InTenant(t.Id))
        {
            var notifier = scope.Get<Notifier>();
            await notifier.SendAsync([ani.Id], "Jadwal berubah", "Senin 7 Des: WFO → WFH", "/People");
            await notifier.SendAsync([ani.Id], "Surat edaran baru", "Baca dan konfirmasi.", null);
            await notifier.SendAsync([budi.Id], "Untuk Budi saja", "Rahasia Budi", null);
        }
        var client = web.Node.NewClient();
        using (var signIn = await PageForms.SignInAsync(client, ani.Nip, Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        Assert.Equal("2", Bell().Match(await client.GetStringAsync("")).Groups[1].Value);
        var page = await client.GetStringAsync("Notifications");
        var inbox = WebUtility.HtmlDecode(page);
        Assert.True(inbox.IndexOf("Surat edaran baru", StringComparison.Ordinal) < inbox.IndexOf("Jadwal berubah", StringComparison.Ordinal), "newest first");
        Assert.Contains("Senin 7 Des: WFO → WFH", inbox, StringComparison.Ordinal);
        Assert.DoesNotContain("Untuk Budi saja", inbox, StringComparison.Ordinal);

        var action = WebUtility.HtmlDecode(OpenForm().Matches(page).Select(m => m.Groups[1].Value).Last());
        using var opened = await PageForms.PostFormAsync(client, "Notifications", action.TrimStart('/'), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/People", opened.Headers.Location?.OriginalString);
        Assert.Equal("1", Bell().Match(await client.GetStringAsync("")).Groups[1].Value);

        using var all = await PageForms.PostFormAsync(client, "Notifications", "Notifications?handler=ReadAll", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        var after = await client.GetStringAsync("Notifications");
        Assert.Contains("class=\"bell\"", after, StringComparison.Ordinal);
        Assert.DoesNotMatch(Bell(), after);
    }

    [GeneratedRegex("class=\"bell\"(?:(?!</a>).)*<span class=\"count\">([^<]+)</span>")]
    private static partial Regex Bell();

    [GeneratedRegex("action=\"(/Notifications[^\"]*handler=Open[^\"]*)\"")]
    private static partial Regex OpenForm();
}
