using Sikerja.Domain.Reports;
using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Tests.Reports;

public sealed class ReportObligationTests
{
    /// <summary>A covered, active employee on a working day, at home under a home-workers circular: owes a report.</summary>
    private static readonly ObligationFacts AtHome = new(
        WorkingDay: true, Active: true, Scope: ReportingScope.HomeWorkers, Covered: true, Planned: WorkMode.Home, Unavailable: false, OnOfficialTravel: false);

    [Fact]
    public void A_home_worker_owes_a_report_under_a_home_workers_circular() =>
        Assert.Equal(ObligationOutcome.Owed, ReportObligation.Judge(AtHome));

    [Theory]
    [InlineData(WorkMode.Office, ObligationOutcome.NotAtHome)]
    [InlineData(WorkMode.Off, ObligationOutcome.PlannedOff)]
    public void Under_a_home_workers_circular_only_home_days_owe(WorkMode mode, ObligationOutcome expected) =>
        Assert.Equal(expected, ReportObligation.Judge(AtHome with { Planned = mode }));

    [Fact]
    public void Without_a_published_roster_nobody_is_known_to_be_at_home() =>
        Assert.Equal(ObligationOutcome.NotAtHome, ReportObligation.Judge(AtHome with { Planned = null }));

    [Theory]
    [InlineData(WorkMode.Office)]
    [InlineData(WorkMode.Home)]
    [InlineData(null)]
    public void Under_an_everyone_circular_office_home_and_unrostered_days_owe(WorkMode? mode) =>
        Assert.True(ReportObligation.IsOwed(AtHome with { Scope = ReportingScope.Everyone, Planned = mode }));

    [Fact]
    public void Under_an_everyone_circular_a_day_planned_off_does_not_owe() =>
        Assert.Equal(ObligationOutcome.PlannedOff, ReportObligation.Judge(AtHome with { Scope = ReportingScope.Everyone, Planned = WorkMode.Off }));

    [Fact]
    public void A_nobody_circular_requires_no_report() =>
        Assert.Equal(ObligationOutcome.NobodyReports, ReportObligation.Judge(AtHome with { Scope = ReportingScope.Nobody }));

    [Fact]
    public void Without_a_circular_in_force_nobody_owes() =>
        Assert.Equal(ObligationOutcome.NoCircular, ReportObligation.Judge(AtHome with { Scope = null }));

    [Fact]
    public void Employment_the_circular_does_not_cover_owes_nothing() =>
        Assert.Equal(ObligationOutcome.NotCovered, ReportObligation.Judge(AtHome with { Covered = false }));

    [Fact]
    public void Weekends_and_holidays_owe_nothing_even_when_rostered_at_home() =>
        Assert.Equal(ObligationOutcome.NotWorkingDay, ReportObligation.Judge(AtHome with { WorkingDay = false }));

    [Fact]
    public void An_inactive_employee_owes_nothing() =>
        Assert.Equal(ObligationOutcome.Inactive, ReportObligation.Judge(AtHome with { Active = false }));

    [Fact]
    public void Sick_quarantined_or_on_leave_owes_nothing_even_if_the_roster_was_not_repaired() =>
        Assert.Equal(ObligationOutcome.Unavailable, ReportObligation.Judge(AtHome with { Unavailable = true }));

    [Theory]
    [InlineData(ReportingScope.HomeWorkers)]
    [InlineData(ReportingScope.Everyone)]
    public void Official_travel_owes_nothing(ReportingScope scope) =>
        Assert.Equal(ObligationOutcome.OfficialTravel, ReportObligation.Judge(AtHome with { Scope = scope, OnOfficialTravel = true }));

    [Fact]
    public void Only_the_combination_of_every_condition_owes()
    {
        var owed = 0;
        foreach (var working in new[] { true, false })
        foreach (var active in new[] { true, false })
        foreach (var scope in new ReportingScope?[] { null, ReportingScope.HomeWorkers, ReportingScope.Everyone, ReportingScope.Nobody })
        foreach (var covered in new[] { true, false })
        foreach (var planned in new WorkMode?[] { null, WorkMode.Office, WorkMode.Home, WorkMode.Off })
        foreach (var unavailable in new[] { true, false })
        foreach (var travel in new[] { true, false })
        {
            var facts = new ObligationFacts(working, active, scope, covered, planned, unavailable, travel);
            var expected = working && active && covered && !unavailable && !travel && planned != WorkMode.Off
                && (scope == ReportingScope.Everyone || (scope == ReportingScope.HomeWorkers && planned == WorkMode.Home));
            Assert.Equal(expected, ReportObligation.IsOwed(facts));
            owed += expected ? 1 : 0;
        }
        // Everyone: unrostered, office, home; home workers: home.
        Assert.Equal(4, owed);
    }
}
