using Sikerja.Domain.Attendance;

namespace Sikerja.Domain.Tests.Attendance;

public sealed class PlausibilityTests
{
    private static readonly AttendanceSettings Settings = new() { MaxAccuracyMetres = 50, ClockGapMinutes = 15 };
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly DateTime Now = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);
    private static readonly GeoPoint Here = new(-7.668123, 109.652456);

    private static AttendanceFlags Flags(
        GeoPoint? at = null, double? accuracy = 10, DateTime? deviceAt = null, IEnumerable<PriorFix>? earlier = null, HomeArea? home = null, bool checkHome = false) =>
        Plausibility.Flags(at ?? Here, accuracy, deviceAt ?? Now, Now, Day, earlier ?? [], home, checkHome, Settings);

    [Fact]
    public void A_fresh_accurate_first_record_is_not_flagged()
    {
        Assert.Equal(AttendanceFlags.None, Flags());
        Assert.Equal(AttendanceFlags.None, Plausibility.Flags(null, null, Now, Now, Day, [], null, false, Settings));
    }

    [Fact]
    public void Accuracy_worse_than_the_tenant_accepts_is_flagged()
    {
        Assert.Equal(AttendanceFlags.None, Flags(accuracy: 50));
        Assert.Equal(AttendanceFlags.PoorAccuracy, Flags(accuracy: 51));
    }

    [Fact]
    public void A_gap_between_phone_and_server_time_beyond_the_setting_is_flagged_either_way()
    {
        Assert.Equal(AttendanceFlags.None, Flags(deviceAt: Now.AddMinutes(-15)));
        Assert.Equal(AttendanceFlags.ClockGap, Flags(deviceAt: Now.AddMinutes(-16)));
        Assert.Equal(AttendanceFlags.ClockGap, Flags(deviceAt: Now.AddHours(3)));
    }

    [Fact]
    public void A_jump_faster_than_300_kmh_from_the_nearest_record_in_time_is_flagged()
    {
        // 0.1° of latitude is 11.1 km: in 5 minutes that is 133 km/h, in 2 minutes 333 km/h.
        var far = new GeoPoint(Here.Latitude + 0.1, Here.Longitude);
        Assert.Equal(AttendanceFlags.None, Flags(earlier: [new PriorFix(far, 10, Now.AddMinutes(-5), Day)]));
        Assert.Equal(AttendanceFlags.ImpossibleJump, Flags(earlier: [new PriorFix(far, 10, Now.AddMinutes(-2), Day)]));
        // An older record far away does not matter when a recent one is near.
        Assert.Equal(AttendanceFlags.None, Flags(earlier:
            [new PriorFix(new GeoPoint(-2.5, 140.7), 10, Now.AddMinutes(-30), Day), new PriorFix(new GeoPoint(Here.Latitude + 0.0001, Here.Longitude), 10, Now.AddMinutes(-1), Day)]));
        // Poor accuracy of both fixes is given the benefit of the doubt.
        Assert.False(Plausibility.IsImpossibleJump(new PriorFix(new GeoPoint(Here.Latitude + 0.01, Here.Longitude), 600, Now, Day), Here, 600, Now.AddSeconds(1)));
    }

    [Fact]
    public void A_location_identical_to_the_metre_to_an_earlier_days_is_flagged_but_not_to_the_same_days()
    {
        var nearlySame = new GeoPoint(Here.Latitude + 0.000005, Here.Longitude);
        Assert.Equal(AttendanceFlags.RepeatedLocation, Flags(earlier: [new PriorFix(nearlySame, 10, Now.AddDays(-1), Day.AddDays(-1))]));
        Assert.Equal(AttendanceFlags.None, Flags(earlier: [new PriorFix(nearlySame, 10, Now.AddHours(-4), Day)]));
        var threeMetres = new GeoPoint(Here.Latitude + 0.000027, Here.Longitude);
        Assert.Equal(AttendanceFlags.None, Flags(earlier: [new PriorFix(threeMetres, 10, Now.AddDays(-1), Day.AddDays(-1))]));
    }

    [Fact]
    public void With_the_home_check_on_a_record_away_from_or_without_a_home_area_is_flagged()
    {
        var home = new HomeArea { Latitude = Here.Latitude + 0.004, Longitude = Here.Longitude, RadiusMetres = 400 };
        // 445 m away with 10 m accuracy: the circle does not reach the 400 m area.
        Assert.Equal(AttendanceFlags.OutsideHomeArea, Flags(home: home, checkHome: true));
        Assert.Equal(AttendanceFlags.None, Flags(accuracy: 50, home: home, checkHome: true));
        Assert.Equal(AttendanceFlags.None, Flags(home: home, checkHome: false));
        Assert.Equal(AttendanceFlags.OutsideHomeArea, Flags(home: null, checkHome: true));
        Assert.Equal(AttendanceFlags.OutsideHomeArea, Plausibility.Flags(null, null, Now, Now, Day, [], home, true, Settings));
    }
}
