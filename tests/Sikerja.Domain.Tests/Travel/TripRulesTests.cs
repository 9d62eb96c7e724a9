using Sikerja.Domain.Travel;

namespace Sikerja.Domain.Tests.Travel;

public sealed class TripRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly Region Samarinda = new("64.72", "Kota Samarinda", RegionKind.City);

    private static TripDetails Trip(DateOnly? leaves = null, DateOnly? returns = null, bool emergency = false, string? reason = "menjenguk orang tua", string? contact = "0812 3456 7890", string? destination = "64.72") =>
        new(TravelPurpose.Family, destination, leaves ?? Today.AddDays(3), returns ?? Today.AddDays(5), reason, emergency, contact);

    private static List<Problem> Request(TripDetails trip, Region? destination = null) =>
        [.. TripRules.CheckRequest(trip, Today, 72, destination ?? (trip.DestinationCode is null ? null : Samarinda))];

    [Fact]
    public void A_complete_request_from_tomorrow_on_passes() => Assert.Empty(Request(Trip(Today.AddDays(1), Today.AddDays(1))));

    [Fact]
    public void Each_missing_or_wrong_field_is_named()
    {
        var problems = Request(new TripDetails((TravelPurpose)9, " ", null, null, " ", false, null));
        Assert.Equal(["purpose", "destination", "leavesOn", "returnsOn", "reason", "contact"], problems.Select(p => p.Where));
    }

    [Fact]
    public void Dates_must_be_in_order_and_not_too_long()
    {
        Assert.Equal("tanggal kembali tidak boleh sebelum tanggal berangkat", Assert.Single(Request(Trip(Today.AddDays(3), Today.AddDays(2)))).Message);
        Assert.Equal("returnsOn", Assert.Single(Request(Trip(Today.AddDays(1), Today.AddDays(TripRules.MaxDays + 1)))).Where);
        Assert.Empty(Request(Trip(Today.AddDays(1), Today.AddDays(TripRules.MaxDays))));
    }

    [Fact]
    public void An_ordinary_request_comes_a_day_before_departure_an_emergency_up_to_the_grace_period_after()
    {
        Assert.Equal("leavesOn", Assert.Single(Request(Trip(Today, Today))).Where);
        Assert.Empty(Request(Trip(Today, Today, emergency: true)));
        Assert.Empty(Request(Trip(Today.AddDays(-3), Today, emergency: true)));
        Assert.Contains("72 jam", Assert.Single(Request(Trip(Today.AddDays(-4), Today, emergency: true))).Message);
        Assert.Equal(3, TripRules.GraceDays(72));
        Assert.Equal(1, TripRules.GraceDays(1));
        Assert.Equal(0, TripRules.GraceDays(0));
    }

    [Fact]
    public void The_destination_must_be_a_known_regency_city_or_own_region()
    {
        var unknown = TripRules.CheckRequest(Trip(destination: "99.99"), Today, 72, null).Single();
        Assert.Equal(("destination", "daerah '99.99' tidak ada dalam daftar daerah; pilih dari daftar"), (unknown.Where, unknown.Message));
        Assert.Equal("destination", Assert.Single(Request(Trip(destination: "64"), new Region("64", "Kalimantan Timur", RegionKind.Province))).Where);
        Assert.Empty(Request(Trip(destination: "LN-MY"), new Region("LN-MY", "Malaysia", RegionKind.Custom)));
    }

    [Fact]
    public void Reason_and_contact_have_limits()
    {
        var problems = Request(Trip(reason: new string('a', TravelPermit.MaxReasonLength + 1), contact: new string('0', TravelPermit.MaxContactLength + 1)));
        Assert.Equal(["reason", "contact"], problems.Select(p => p.Where));
    }

    [Fact]
    public void A_recorded_trip_has_begun_and_not_too_long_ago()
    {
        Assert.Empty(TripRules.CheckRecord(Trip(Today, Today.AddDays(2)), Today, Samarinda));
        Assert.Equal("leavesOn", TripRules.CheckRecord(Trip(Today.AddDays(1)), Today, Samarinda).Single().Where);
        Assert.Equal("leavesOn", TripRules.CheckRecord(Trip(Today.AddDays(-TripRules.MaxRecordedDaysAgo - 1), Today.AddDays(-TripRules.MaxRecordedDaysAgo)), Today, Samarinda).Single().Where);
    }
}
