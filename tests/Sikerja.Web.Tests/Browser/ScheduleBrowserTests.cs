using System.Globalization;
using Microsoft.Playwright;
using Sikerja.Domain.Rosters;
using Sikerja.Integration.Tests.Schedule;
using Sikerja.Web.Tests.Browser.Pages;

namespace Sikerja.Web.Tests.Browser;

/// <summary>An employee on a phone after the roster is published: their schedule, today first, and its calendar address.</summary>
public sealed class ScheduleBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task After_publication_an_employee_sees_today_first_then_the_coming_days_and_can_subscribe()
    {
        var w = await PublishedRosterWorld.CreateAsync(web.Database, days: 5);
        var staff = w.StaffB[1];
        var entries = await w.EntriesAsync(web.Database);
        var today = entries[(staff.Id, w.Today)];

        var page = await web.NewPhonePageAsync();
        await new SignInPage(page).SignInAsync(staff.Nip, PublishedRosterWorld.Password);
        var schedule = new SchedulePage(page);
        await schedule.OpenAsync();

        var todayText = await schedule.Today.InnerTextAsync();
        Assert.Contains("Hari ini", todayText, StringComparison.Ordinal);
        Assert.Contains(w.Today.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID")), todayText, StringComparison.Ordinal);
        if (today.Mode == WorkMode.Office)
        {
            Assert.Contains("Bekerja di kantor (WFO)", todayText, StringComparison.Ordinal);
            Assert.Contains(w.SeksiB.Name, todayText, StringComparison.Ordinal);
            Assert.Contains(today.Shifts.Contains(0) ? "Shift PAGI 07:30–11:30 WIB" : "Shift SIANG 12:00–16:00 WIB", todayText, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("Bekerja dari rumah (WFH)", todayText, StringComparison.Ordinal);
        }
        var coming = await schedule.ComingDays.AllInnerTextsAsync();
        Assert.Equal(4, coming.Count);
        Assert.Equal(
            Enumerable.Range(1, 4).Select(d => entries[(staff.Id, w.Today.AddDays(d))].Mode == WorkMode.Office),
            coming.Select(line => line.Contains("Bekerja di kantor (WFO)", StringComparison.Ordinal)));

        var address = await schedule.SubscribeAsync();
        Assert.StartsWith(web.Node.BaseAddress + "feeds/schedule/", address, StringComparison.Ordinal);
        var feed = await page.APIRequest.GetAsync(address);
        Assert.Equal(200, feed.Status);
        Assert.Contains("BEGIN:VCALENDAR", await feed.TextAsync(), StringComparison.Ordinal);
    }
}
