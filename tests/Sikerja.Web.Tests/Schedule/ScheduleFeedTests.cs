using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Schedule;
using Sikerja.Web.Features.Schedule;
using Sikerja.Web.Tests.Infrastructure;
using ICalendar = Ical.Net.Calendar;

namespace Sikerja.Web.Tests.Schedule;

/// <summary>
/// The calendar subscription over HTTP: its secret address serves the employee's published office and home days to
/// anyone without a cookie; any other address, a replaced or an ended one, gets a bare 404 that says nothing.
/// </summary>
public sealed class ScheduleFeedTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private static async Task<string> NewFeedUrlAsync(HttpClient client)
    {
        using var made = await client.PostAsync("api/v1/schedule/feed", null);
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        return (await made.Content.ReadFromJsonAsync<ScheduleApi.NewFeedDto>())!.Url;
    }

    private static async Task AssertNothingAsync(HttpClient anonymous, string url, params string[] secrets)
    {
        using var response = await anonymous.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("", body);
        Assert.All(secrets, s => Assert.DoesNotContain(s, body, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_secret_address_serves_the_published_days_and_every_other_address_gets_a_bare_404()
    {
        var w = await PublishedRosterWorld.CreateAsync(web.Database);
        var staff = w.StaffA[0];
        using var api = await web.ApiClientAsync(staff.Nip, PublishedRosterWorld.Password);
        var url = await NewFeedUrlAsync(api);
        Assert.StartsWith(web.Node.BaseAddress + "feeds/schedule/", url, StringComparison.Ordinal);
        var token = url[(url.LastIndexOf('/') + 1)..^".ics".Length];

        using var anonymous = web.Node.NewClient();
        using var feed = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var calendar = ICalendar.Load(await feed.Content.ReadAsStringAsync())!;
        var entries = (await w.EntriesAsync(web.Database)).Values.Where(e => e.EmployeeId == staff.Id).ToList();
        Assert.Equal(entries.Count(e => e.Mode is WorkMode.Office or WorkMode.Home), calendar.Events.Count);
        var office = entries.OrderBy(e => e.Date).First(e => e.Mode == WorkMode.Office);
        CalendarEvent officeDay = calendar.Events.Single(e => DateOnly.FromDateTime(e.DtStart!.Value) == office.Date);
        var shift = office.Shifts.Contains(0) ? PublishedRosterWorld.Morning : PublishedRosterWorld.Afternoon;
        Assert.Equal(("Asia/Jakarta", office.Date.ToDateTime(shift.Start), office.Date.ToDateTime(shift.End)),
            (officeDay.DtStart!.TzId, officeDay.DtStart.Value, officeDay.DtEnd!.Value));
        Assert.Contains(PublishedRosterWorld.Address, officeDay.Location, StringComparison.Ordinal);
        var home = entries.First(e => e.Mode == WorkMode.Home);
        Assert.False(calendar.Events.Single(e => DateOnly.FromDateTime(e.DtStart!.Value) == home.Date).DtStart!.HasTime);

        // The token alone decides: someone of another tenant, signed in, reads the same feed.
        var other = await PublishedRosterWorld.CreateAsync(web.Database, days: 1);
        using (var stranger = await web.ApiClientAsync(other.StaffA[0].Nip, PublishedRosterWorld.Password))
        using (var read = await stranger.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal(calendar.Events.Count, ICalendar.Load(await read.Content.ReadAsStringAsync())!.Events.Count);
        }

        // Only the token's hash is stored.
        await using (var scope = web.Database.NewScope().InTenant(w.Tenant.Id))
        {
            var stored = await scope.Db.ScheduleFeeds.SingleAsync(f => f.EmployeeId == staff.Id);
            Assert.Equal(ScheduleFeeds.Hash(token), stored.TokenHash);
            Assert.NotEqual(token, stored.TokenHash);
        }

        var secrets = new[] { staff.Name, staff.Nip, w.SeksiA.Name, PublishedRosterWorld.Address, "VCALENDAR" };
        var site = web.Node.BaseAddress + "feeds/schedule/";
        await AssertNothingAsync(anonymous, $"{site}{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.ics", secrets);
        await AssertNothingAsync(anonymous, $"{site}{token[..^1]}.ics", secrets);
        await AssertNothingAsync(anonymous, $"{site}{ScheduleFeeds.Hash(token)}.ics", secrets);
        await AssertNothingAsync(anonymous, $"{site}{token}", secrets);

        // A new address ends the old one; ending the subscription ends the new one.
        var newer = await NewFeedUrlAsync(api);
        await AssertNothingAsync(anonymous, url, secrets);
        using (var served = await anonymous.GetAsync(newer))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }
        using (var ended = await api.DeleteAsync("api/v1/schedule/feed"))
        {
            Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        }
        await AssertNothingAsync(anonymous, newer, secrets);
    }

    [Fact]
    public async Task The_schedule_page_shows_today_first_and_the_subscription_address_only_once()
    {
        var w = await PublishedRosterWorld.CreateAsync(web.Database, days: 3);
        var client = web.Node.NewClient();
        using (var signIn = await PageForms.SignInAsync(client, w.Head.Nip, PublishedRosterWorld.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("Schedule"));
        var today = page.IndexOf("Hari ini", StringComparison.Ordinal);
        Assert.True(today >= 0 && today < page.IndexOf("Hari-hari mendatang", StringComparison.Ordinal));
        Assert.Contains($"{w.Dinas.Name} · {PublishedRosterWorld.Address}", page, StringComparison.Ordinal);
        Assert.Contains("Shift PAGI 07:30–11:30 WIB", page, StringComparison.Ordinal);
        Assert.Contains("Shift SIANG 12:00–16:00 WIB", page, StringComparison.Ordinal);

        using var made = await PageForms.SubmitAsync(client, "Schedule", new Dictionary<string, string>(), "Feed");
        var shown = WebUtility.HtmlDecode(await made.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Contains(web.Node.BaseAddress + "feeds/schedule/", shown, StringComparison.Ordinal);
        var again = WebUtility.HtmlDecode(await client.GetStringAsync("Schedule"));
        Assert.DoesNotContain("feeds/schedule/", again, StringComparison.Ordinal);
        Assert.Contains("Alamat langganan dibuat", again, StringComparison.Ordinal);
    }
}
