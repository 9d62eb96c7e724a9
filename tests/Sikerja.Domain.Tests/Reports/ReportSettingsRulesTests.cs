using Sikerja.Domain.Reports;

namespace Sikerja.Domain.Tests.Reports;

public sealed class ReportSettingsRulesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Zero_to_two_working_days_are_accepted(int days) =>
        Assert.Empty(ReportSettingsRules.Validate(new ReportSettings { DeadlineWorkingDays = days, DeadlineTime = new(17, 0), ReminderTime = new(15, 0) }));

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Other_day_counts_are_refused_with_the_field(int days)
    {
        var problem = Assert.Single(ReportSettingsRules.Validate(new ReportSettings { DeadlineWorkingDays = days }));
        Assert.Equal("DeadlineWorkingDays", problem.Where);
        Assert.Contains($"bukan {days}", problem.Message);
    }

    [Fact]
    public void A_same_day_deadline_needs_the_reminder_before_it()
    {
        var problem = Assert.Single(ReportSettingsRules.Validate(new ReportSettings { DeadlineWorkingDays = 0, DeadlineTime = new(16, 0), ReminderTime = new(16, 0) }));
        Assert.Equal("ReminderTime", problem.Where);
        Assert.Contains("16:00", problem.Message);
    }

    [Fact]
    public void A_next_day_deadline_allows_a_reminder_after_its_time_of_day() =>
        Assert.Empty(ReportSettingsRules.Validate(new ReportSettings { DeadlineWorkingDays = 1, DeadlineTime = new(10, 0), ReminderTime = new(16, 0) }));
}
