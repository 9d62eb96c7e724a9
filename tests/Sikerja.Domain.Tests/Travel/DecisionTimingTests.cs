using Sikerja.Domain.Travel;

namespace Sikerja.Domain.Tests.Travel;

public sealed class DecisionTimingTests
{
    private static readonly TimeZoneInfo Wita = TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly DateTime Departure = DecisionTiming.DepartureUtc(Monday, Wita);

    [Fact]
    public void A_trip_departs_when_its_first_day_begins_in_the_tenants_zone() =>
        Assert.Equal(new DateTime(2026, 3, 1, 16, 0, 0, DateTimeKind.Utc), Departure);

    [Fact]
    public void Before_departure_any_request_is_approved_in_time()
    {
        Assert.Equal((null, false), DecisionTiming.CheckApproval(false, Departure, Departure.AddMinutes(-1), 72));
        Assert.Equal((null, false), DecisionTiming.CheckApproval(true, Departure, Departure.AddMinutes(-1), 72));
    }

    [Fact]
    public void An_ordinary_request_cannot_be_approved_once_the_trip_began()
    {
        var (problem, after) = DecisionTiming.CheckApproval(false, Departure, Departure, 72);
        Assert.True(after);
        Assert.StartsWith("perjalanan sudah dimulai", problem!.Message);
        Assert.True(DecisionTiming.Lapsed(PermitStatus.Pending, false, Departure, Departure, 72));
        Assert.False(DecisionTiming.Lapsed(PermitStatus.Approved, false, Departure, Departure, 72));
    }

    [Fact]
    public void An_emergency_is_approved_after_departure_within_the_grace_hours_and_flagged()
    {
        Assert.Equal((null, true), DecisionTiming.CheckApproval(true, Departure, Departure.AddHours(71.9), 72));
        Assert.False(DecisionTiming.Lapsed(PermitStatus.Pending, true, Departure, Departure.AddHours(71.9), 72));
        var (problem, after) = DecisionTiming.CheckApproval(true, Departure, Departure.AddHours(72), 72);
        Assert.True(after);
        Assert.Contains("72 jam", problem!.Message);
        Assert.True(DecisionTiming.Lapsed(PermitStatus.Pending, true, Departure, Departure.AddHours(72), 72));
    }

    [Fact]
    public void Without_grace_hours_an_emergency_is_like_any_request() =>
        Assert.NotNull(DecisionTiming.CheckApproval(true, Departure, Departure, 0).Problem);
}
