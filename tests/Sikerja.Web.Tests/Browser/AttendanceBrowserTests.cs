using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sikerja.Domain.Attendance;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Tenants;
using Sikerja.Integration.Tests.Attendance;
using Sikerja.Web.Tests.Browser.Pages;

namespace Sikerja.Web.Tests.Browser;

/// <summary>An employee on a phone checks in at the office by its location, checks out without signal, and the record arrives once.</summary>
public sealed class AttendanceBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    private const string Password = "presensi-uji-2026";

    [Fact]
    public async Task A_check_in_at_the_office_then_a_check_out_made_offline_arrives_exactly_once_when_the_signal_returns()
    {
        var today = new TenantClock(TimeProvider.System, IndonesianTimeZones.Wib).Today;
        var w = await CheckInWorld.CreateAsync(web.Database, today, Password);
        var (lat, lon) = CheckInWorld.North(15);
        var page = await web.NewPhonePageAsync();
        var (farLat, farLon) = CheckInWorld.North(400);
        await page.Context.GrantPermissionsAsync(["geolocation"]);
        await page.Context.SetGeolocationAsync(new Geolocation { Latitude = (float)farLat, Longitude = (float)farLon, Accuracy = 8 });
        await new SignInPage(page).SignInAsync(w.Staff.Nip, Password);
        var attendance = new AttendancePage(page);
        await attendance.OpenAsync();
        Assert.Contains("Bekerja di kantor (WFO)", await attendance.Today.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Check-in", await attendance.Button.InnerTextAsync());

        // 400 m north of the office: refused, with the distance and the radius said.
        await attendance.Button.ClickAsync();
        await Assertions.Expect(attendance.Status).ToContainTextAsync("m dari titik kantor");
        await Assertions.Expect(attendance.Status).ToContainTextAsync($"di luar radius kantor {CheckInWorld.OfficeRadius} m");
        Assert.Equal("Check-in", await attendance.Button.InnerTextAsync());

        await page.Context.SetGeolocationAsync(new Geolocation { Latitude = (float)lat, Longitude = (float)lon, Accuracy = 8 });
        await attendance.Button.ClickAsync();
        await Assertions.Expect(attendance.Status).ToContainTextAsync("Check-in diterima");
        Assert.Equal("Check-out", await attendance.Button.InnerTextAsync());

        await page.Context.SetOfflineAsync(true);
        await attendance.Button.ClickAsync();
        await Assertions.Expect(attendance.Waiting).ToHaveCountAsync(1);
        await Assertions.Expect(attendance.Waiting.First).ToContainTextAsync("Tersimpan, menunggu sinyal");
        var stored = await w.StoredAsync(web.Database);
        Assert.Equal([CheckDirection.In], stored.Select(c => c.Direction));

        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(attendance.Status).ToContainTextAsync("Check-out diterima");
        await Assertions.Expect(attendance.Waiting).ToHaveCountAsync(0);

        // Opening the page again sends nothing twice: the phone's queue is empty and the server holds one check-out.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#records-list li")).ToHaveCountAsync(2);
        stored = await w.StoredAsync(web.Database);
        Assert.Equal([CheckDirection.In, CheckDirection.Out], stored.Select(c => c.Direction));
        Assert.All(stored, c => Assert.Equal((CheckInMethod.Location, w.Dinas.Id), (c.Method, c.UnitId)));
        Assert.Equal(2, stored.Select(c => c.ClientId).Distinct().Count());
    }
}
