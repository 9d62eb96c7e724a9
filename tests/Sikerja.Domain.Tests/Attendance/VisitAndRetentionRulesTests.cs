using Sikerja.Domain.Attendance;

namespace Sikerja.Domain.Tests.Attendance;

public sealed class VisitAndRetentionRulesTests
{
    [Fact]
    public void A_visitor_gives_name_phone_and_whom_they_meet()
    {
        Assert.Empty(VisitRules.Validate("Budi", "0812 3456 7890", metEmployee: false, "Sekretaris Dinas"));
        Assert.Empty(VisitRules.Validate("Budi", "+6281234567890", metEmployee: true, null));
        Assert.Equal(["visitorName", "phone", "metName"], VisitRules.Validate("", "12345", false, " ").Select(p => p.Where));
    }

    [Fact]
    public void A_departure_is_recorded_once_and_not_before_the_arrival()
    {
        var arrived = new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
        Assert.Null(VisitRules.CheckLeave(arrived, null, arrived.AddHours(1)));
        Assert.NotNull(VisitRules.CheckLeave(arrived, null, arrived.AddMinutes(-1)));
        Assert.NotNull(VisitRules.CheckLeave(arrived, arrived.AddHours(1), arrived.AddHours(2)));
    }

    [Theory]
    [InlineData(90, "2025-12-02")]
    [InlineData(1, "2026-03-01")]
    [InlineData(0, "2026-03-01")]
    public void Days_before_the_first_kept_day_are_reduced(int days, string firstKept)
    {
        Assert.Equal(DateOnly.Parse(firstKept, System.Globalization.CultureInfo.InvariantCulture), RetentionRules.FirstKeptDay(new DateOnly(2026, 3, 2), days));
    }
}
