using Sikerja.Domain.Rosters;

namespace Sikerja.Domain.Tests.Rosters;

public sealed class ChangeCauseTests
{
    private static readonly DateOnly Day = new(2020, 3, 2);

    private static RosterAssignment A(WorkMode mode, AssignmentReason reason, uint shifts = 0) =>
        new("198001012005011001", Day, mode, new ShiftSet(shifts), reason);

    public static TheoryData<RosterAssignment, RosterAssignment, ChangeCause> Changes => new()
    {
        { A(WorkMode.Office, AssignmentReason.Minimum, 1), A(WorkMode.Off, AssignmentReason.Unavailable), ChangeCause.Unavailable },
        { A(WorkMode.Home, AssignmentReason.Home), A(WorkMode.Off, AssignmentReason.Unavailable), ChangeCause.Unavailable },
        { A(WorkMode.Off, AssignmentReason.Unavailable), A(WorkMode.Office, AssignmentReason.Minimum, 1), ChangeCause.AvailableAgain },
        { A(WorkMode.Home, AssignmentReason.Home), A(WorkMode.Office, AssignmentReason.Minimum, 2), ChangeCause.NeededAtOffice },
        { A(WorkMode.Home, AssignmentReason.PriorityHome), A(WorkMode.Office, AssignmentReason.Capacity, 1), ChangeCause.NeededAtOffice },
        { A(WorkMode.Office, AssignmentReason.Minimum, 1), A(WorkMode.Home, AssignmentReason.Home), ChangeCause.NotNeededAtOffice },
        { A(WorkMode.Office, AssignmentReason.Minimum, 1), A(WorkMode.Office, AssignmentReason.Minimum, 2), ChangeCause.ShiftChanged },
        { A(WorkMode.Office, AssignmentReason.Capacity, 1), A(WorkMode.Office, AssignmentReason.Minimum, 1), ChangeCause.ReasonChanged },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Each_change_is_told_by_what_it_did_to_the_employee(RosterAssignment before, RosterAssignment after, ChangeCause cause) =>
        Assert.Equal(cause, ChangeCauses.Of(new RosterChange(before, after)));
}
