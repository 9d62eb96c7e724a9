using Sikerja.Domain.Attendance;

namespace Sikerja.Domain.Tests.Attendance;

public sealed class AssemblyRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void An_online_assembly_with_a_link_or_one_at_a_place_is_valid()
    {
        Assert.Empty(AssemblyRules.Validate("Apel pagi", Today, Today, "https://meet.example.id/apel", null));
        Assert.Empty(AssemblyRules.Validate("Apel pagi", Today.AddDays(3), Today, null, "Halaman kantor bupati"));
    }

    [Fact]
    public void Each_missing_or_wrong_part_is_named()
    {
        var problems = AssemblyRules.Validate(" ", Today.AddDays(-1), Today, null, " ").ToList();
        Assert.Equal(["title", "date", "onlineLink"], problems.Select(p => p.Where));
        Assert.Equal("onlineLink", Assert.Single(AssemblyRules.Validate("Apel", Today, Today, "javascript:alert(1)", null)).Where);
        Assert.Equal("onlineLink", Assert.Single(AssemblyRules.Validate("Apel", Today, Today, "meet.example.id", null)).Where);
    }

    [Theory]
    [InlineData(-31, "deviceAt")]
    [InlineData(-30, null)]
    [InlineData(0, null)]
    [InlineData(120, null)]
    [InlineData(121, "deviceAt")]
    public void Own_attendance_counts_from_half_an_hour_before_to_two_hours_after_the_start(int minutes, string? refusedAt)
    {
        var start = new DateTime(2026, 3, 2, 0, 30, 0, DateTimeKind.Utc);
        Assert.Equal(refusedAt, AssemblyRules.CheckOwnAttendance(start, start.AddMinutes(minutes))?.Where);
    }
}
