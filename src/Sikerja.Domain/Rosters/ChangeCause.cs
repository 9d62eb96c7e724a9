namespace Sikerja.Domain.Rosters;

/// <summary>Why one assignment of a published roster changed, as an admin and the employee read it.</summary>
public enum ChangeCause
{
    /// <summary>The employee became unavailable (sick, in quarantine, on leave).</summary>
    Unavailable,

    /// <summary>The employee was unavailable and no longer is.</summary>
    AvailableAgain,

    /// <summary>From home (or off) to the office: needed there now, in someone's place or for a fairer share.</summary>
    NeededAtOffice,

    /// <summary>From the office to home: no longer needed there.</summary>
    NotNeededAtOffice,

    /// <summary>Still at the office, in another shift.</summary>
    ShiftChanged,

    /// <summary>Same place, another rule behind it.</summary>
    ReasonChanged,
}

public static class ChangeCauses
{
    public static ChangeCause Of(RosterChange change)
    {
        var (before, after) = (change.Before, change.After);
        return after.Reason == AssignmentReason.Unavailable ? ChangeCause.Unavailable
            : before.Reason == AssignmentReason.Unavailable ? ChangeCause.AvailableAgain
            : after.Mode == WorkMode.Office && before.Mode != WorkMode.Office ? ChangeCause.NeededAtOffice
            : before.Mode == WorkMode.Office && after.Mode != WorkMode.Office ? ChangeCause.NotNeededAtOffice
            : before.Mode == WorkMode.Office && before.Shifts != after.Shifts ? ChangeCause.ShiftChanged
            : ChangeCause.ReasonChanged;
    }
}
