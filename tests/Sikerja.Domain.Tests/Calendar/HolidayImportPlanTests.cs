using Sikerja.Domain.Calendar;

namespace Sikerja.Domain.Tests.Calendar;

public sealed class HolidayImportPlanTests
{
    private static readonly DateOnly Aug17 = new(2025, 8, 17), Aug18 = new(2025, 8, 18), Dec25 = new(2025, 12, 25);

    private static HolidayFileReading Rows(params HolidayRow[] rows) => new(rows, []);

    [Fact]
    public void New_dates_are_added_changed_ones_updated_and_equal_ones_left_alone()
    {
        var existing = new Dictionary<DateOnly, HolidayEntry>
        {
            [Aug17] = new(Aug17, "Proklamasi Kemerdekaan", HolidayKind.National),
            [Dec25] = new(Dec25, "Natal", HolidayKind.National),
        };
        var plan = HolidayImportPlan.Build(Rows(
            new HolidayRow(2, Aug17, "Proklamasi Kemerdekaan", HolidayKind.National),
            new HolidayRow(3, Aug18, "Cuti bersama HUT RI", HolidayKind.CollectiveLeave),
            new HolidayRow(4, Dec25, "Kelahiran Yesus Kristus", HolidayKind.National)), existing);
        Assert.True(plan.CanSave);
        Assert.Equal([HolidayChange.Unchanged, HolidayChange.Add, HolidayChange.Update], plan.Holidays.Select(h => h.Change));
        Assert.Contains("'Natal'", plan.Holidays[2].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_given_twice_takes_the_last_row_and_says_so()
    {
        var plan = HolidayImportPlan.Build(Rows(
            new HolidayRow(2, Aug18, "Libur", HolidayKind.Regional),
            new HolidayRow(7, Aug18, "Cuti bersama HUT RI", HolidayKind.CollectiveLeave)), new Dictionary<DateOnly, HolidayEntry>());
        var only = Assert.Single(plan.Holidays);
        Assert.Equal((7, "Cuti bersama HUT RI", HolidayChange.Add), (only.Line, only.Name, only.Change));
        Assert.Contains("baris 2", only.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_from_the_file_or_an_empty_file_forbid_saving()
    {
        var withProblem = HolidayImportPlan.Build(
            new HolidayFileReading([new HolidayRow(2, Aug17, "Proklamasi", HolidayKind.National)], [new Problem("baris 3", "tanggal kosong")]),
            new Dictionary<DateOnly, HolidayEntry>());
        Assert.False(withProblem.CanSave);
        var empty = HolidayImportPlan.Build(Rows(), new Dictionary<DateOnly, HolidayEntry>());
        Assert.False(empty.CanSave);
        Assert.Contains("tidak berisi", Assert.Single(empty.Problems).Message, StringComparison.Ordinal);
    }
}
