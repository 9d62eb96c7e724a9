namespace Sikerja.Domain.Calendar;

/// <summary>The weekdays a tenant works (bit i is <see cref="DayOfWeek"/> i).</summary>
[Flags]
public enum WorkWeek
{
    None = 0,
    Sunday = 1 << DayOfWeek.Sunday,
    Monday = 1 << DayOfWeek.Monday,
    Tuesday = 1 << DayOfWeek.Tuesday,
    Wednesday = 1 << DayOfWeek.Wednesday,
    Thursday = 1 << DayOfWeek.Thursday,
    Friday = 1 << DayOfWeek.Friday,
    Saturday = 1 << DayOfWeek.Saturday,
    MondayToFriday = Monday | Tuesday | Wednesday | Thursday | Friday,
    MondayToSaturday = MondayToFriday | Saturday,
}

public static class WorkWeekExtensions
{
    private static readonly string[] ScenarioNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    public static bool IsScenarioDayName(string? name) => name is not null && Array.IndexOf(ScenarioNames, name) >= 0;

    public static bool Includes(this WorkWeek week, DayOfWeek day) => (week & (WorkWeek)(1 << (int)day)) != 0;

    public static IEnumerable<DayOfWeek> Days(this WorkWeek week) =>
        Enum.GetValues<DayOfWeek>().Where(d => week.Includes(d));

    /// <summary>The three-letter names of the roster scenario format ("Mon", "Tue" …).</summary>
    public static IEnumerable<string> ScenarioDayNames(this WorkWeek week) =>
        week.Days().Select(d => ScenarioNames[(int)d]);

    public static WorkWeek FromScenarioDayNames(IEnumerable<string> names) =>
        names.Aggregate(WorkWeek.None, (week, name) =>
        {
            var index = Array.IndexOf(ScenarioNames, name);
            return index < 0 ? throw new ArgumentException($"'{name}' is not a day name", nameof(names)) : week | (WorkWeek)(1 << index);
        });
}
