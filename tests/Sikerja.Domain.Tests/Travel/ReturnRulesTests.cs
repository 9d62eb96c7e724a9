using Sikerja.Domain.Travel;

namespace Sikerja.Domain.Tests.Travel;

public sealed class ReturnRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static TravelPermit Permit(PermitStatus status = PermitStatus.Approved, DateOnly? returnedOn = null) => new()
    {
        DestinationCode = "64.72", DestinationName = "Kota Samarinda", Reason = "r", Contact = "c",
        LeavesOn = Today.AddDays(-5), ReturnsOn = Today.AddDays(-1), Status = status, ReturnedOn = returnedOn,
    };

    [Fact]
    public void A_trip_that_took_place_is_confirmed_once_with_a_day_between_departure_and_today()
    {
        Assert.Null(ReturnRules.Check(Permit(), Today, Today));
        Assert.Null(ReturnRules.Check(Permit(PermitStatus.Unapproved), Today.AddDays(-5), Today));
        Assert.Equal("returnedOn", ReturnRules.Check(Permit(), Today.AddDays(-6), Today)!.Where);
        Assert.Equal("returnedOn", ReturnRules.Check(Permit(), Today.AddDays(1), Today)!.Where);
        Assert.Equal("returnedOn", ReturnRules.Check(Permit(), null, Today)!.Where);
        Assert.Equal("status", ReturnRules.Check(Permit(returnedOn: Today), Today, Today)!.Where);
    }

    [Theory]
    [InlineData(PermitStatus.Pending)]
    [InlineData(PermitStatus.Rejected)]
    [InlineData(PermitStatus.Withdrawn)]
    public void A_trip_not_allowed_or_not_taken_has_no_return(PermitStatus status) =>
        Assert.Equal("status", ReturnRules.Check(Permit(status), Today, Today)!.Where);

    [Fact]
    public void Quarantine_follows_a_high_risk_trip_from_the_day_of_return()
    {
        Assert.Equal((Today, Today.AddDays(13)), ReturnRules.Quarantine(true, Today, 14));
        Assert.Equal((Today, Today), ReturnRules.Quarantine(true, Today, 1));
        Assert.Null(ReturnRules.Quarantine(false, Today, 14));
        Assert.Null(ReturnRules.Quarantine(true, Today, 0));
    }
}
