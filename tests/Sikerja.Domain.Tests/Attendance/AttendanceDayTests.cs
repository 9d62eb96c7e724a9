using Sikerja.Domain.Attendance;
using Sikerja.Domain.Tenants;

namespace Sikerja.Domain.Tests.Attendance;

public sealed class AttendanceDayTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    [Theory]
    [InlineData(IndonesianTimeZones.Wib, 16, 59, "2026-03-02")]
    [InlineData(IndonesianTimeZones.Wib, 17, 0, "2026-03-03")]
    [InlineData(IndonesianTimeZones.Wita, 15, 59, "2026-03-02")]
    [InlineData(IndonesianTimeZones.Wita, 16, 0, "2026-03-03")]
    [InlineData(IndonesianTimeZones.Wit, 14, 59, "2026-03-02")]
    [InlineData(IndonesianTimeZones.Wit, 15, 0, "2026-03-03")]
    public void The_working_day_is_the_tenants_date_at_the_phones_time_across_midnight(string zone, int utcHour, int utcMinute, string expected)
    {
        var deviceAt = new DateTime(2026, 3, 2, utcHour, utcMinute, 0, DateTimeKind.Utc);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), AttendanceDay.Of(deviceAt, Zone(zone)));
    }

    [Fact]
    public void The_same_instant_is_a_different_local_time_in_each_zone_and_judged_as_such()
    {
        // 00:40 UTC is 07:40 WIB, 08:40 WITA and 09:40 WIT: on time, late in Makassar, later in Jayapura.
        var deviceAt = new DateTime(2026, 3, 2, 0, 40, 0, DateTimeKind.Utc);
        var day = new RosteredDay(Sikerja.Domain.Rosters.WorkMode.Home, [new("PAGI", new TimeOnly(7, 30), new TimeOnly(16, 0))], []);
        int Late(string zone)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(deviceAt, Zone(zone));
            return Punctuality.Judge(day, Sikerja.Domain.Rosters.WorkMode.Home, CheckDirection.In, AttendanceDay.Of(deviceAt, Zone(zone)), local, 15).MinutesOff;
        }
        Assert.Equal(0, Late(IndonesianTimeZones.Wib));
        Assert.Equal(70, Late(IndonesianTimeZones.Wita));
        Assert.Equal(130, Late(IndonesianTimeZones.Wit));
    }
}
