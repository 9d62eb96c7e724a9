using Sikerja.Domain.Reports;

namespace Sikerja.Domain.Tests.Reports;

public sealed class ActivityRulesTests
{
    private static readonly DateOnly Day = new(2020, 3, 26);
    private static readonly TargetChoice Agreed = new(2020, TargetStatus.Agreed);

    private static ActivityDraft Valid(Guid? target = null) =>
        new(new TimeOnly(8, 0), new TimeOnly(9, 30), "Menyusun notula rapat koordinasi", 1, "dokumen", target);

    private static (string Where, string Message) Only(ActivityDraft draft, TargetChoice? target = null) =>
        Assert.Single(ActivityRules.Check(draft, Day, target)) is var p ? (p.Where, p.Message) : default;

    [Fact]
    public void A_complete_activity_is_valid_with_or_without_an_agreed_target_of_the_year()
    {
        Assert.Empty(ActivityRules.Check(Valid(), Day, null));
        Assert.Empty(ActivityRules.Check(Valid(Guid.NewGuid()), Day, Agreed));
    }

    [Fact]
    public void The_span_must_start_before_it_ends()
    {
        Assert.Equal(("end", "jam selesai harus sesudah jam mulai"), Only(Valid() with { End = new TimeOnly(8, 0) }));
        Assert.Equal(("end", "jam selesai harus sesudah jam mulai"), Only(Valid() with { End = new TimeOnly(7, 0) }));
        Assert.Equal(("start", "isi jam mulai"), Only(Valid() with { Start = null }));
        Assert.Equal(("end", "isi jam selesai"), Only(Valid() with { End = null }));
    }

    [Fact]
    public void The_description_is_needed_and_bounded()
    {
        Assert.Equal(("description", "tulis kegiatan yang dikerjakan"), Only(Valid() with { Description = "  " }));
        Assert.Equal("description", Only(Valid() with { Description = new string('x', ReportActivity.MaxDescriptionLength + 1) }).Where);
        Assert.Empty(ActivityRules.Check(Valid() with { Description = new string('x', ReportActivity.MaxDescriptionLength) }, Day, null));
    }

    [Theory]
    [InlineData(null, "isi jumlah keluaran")]
    [InlineData("0", "jumlah keluaran harus lebih dari 0")]
    [InlineData("-2", "jumlah keluaran harus lebih dari 0")]
    [InlineData("1.005", "jumlah keluaran paling banyak dua angka di belakang koma")]
    [InlineData("10000000000", "jumlah keluaran paling besar 9.999.999.999,99")]
    public void The_output_quantity_is_positive_with_two_decimals_at_most(string? quantity, string message)
    {
        var draft = Valid() with { Quantity = quantity is null ? null : decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(("quantity", message), Only(draft));
    }

    [Fact]
    public void A_fractional_quantity_such_as_half_a_day_is_accepted()
    {
        Assert.Empty(ActivityRules.Check(Valid() with { Quantity = 0.5m }, Day, null));
    }

    [Fact]
    public void The_unit_is_needed_and_bounded()
    {
        Assert.Equal("unit", Only(Valid() with { Unit = "" }).Where);
        Assert.Equal("unit", Only(Valid() with { Unit = new string('u', ReportActivity.MaxUnitLength + 1) }).Where);
    }

    [Fact]
    public void A_target_must_be_ones_own_agreed_one_of_the_reports_year()
    {
        var target = Guid.NewGuid();
        Assert.Equal(("targetId", "sasaran kinerja itu bukan milik Anda"), Only(Valid(target)));
        Assert.Equal(("targetId", "sasaran kinerja itu belum disetujui atasan"), Only(Valid(target), Agreed with { Status = TargetStatus.Proposed }));
        Assert.Equal(("targetId", "sasaran kinerja itu belum disetujui atasan"), Only(Valid(target), Agreed with { Status = TargetStatus.Returned }));
        Assert.Equal(("targetId", "sasaran kinerja itu untuk tahun 2019, bukan 2020"), Only(Valid(target), Agreed with { Year = 2019 }));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_under_the_given_prefix()
    {
        var problems = ActivityRules.Check(new ActivityDraft(null, null, null, null, null, Guid.NewGuid()), Day, null, "activities[2].").ToList();
        Assert.Equal(["activities[2].start", "activities[2].end", "activities[2].description", "activities[2].quantity", "activities[2].unit", "activities[2].targetId"],
            problems.Select(p => p.Where));
    }

    [Fact]
    public void Overlapping_spans_are_flagged_and_touching_ones_are_not()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid(), d = Guid.NewGuid();
        var flagged = ActivityRules.Overlapping([
            (a, new TimeOnly(8, 0), new TimeOnly(10, 0)),
            (b, new TimeOnly(9, 0), new TimeOnly(9, 30)),
            (c, new TimeOnly(10, 0), new TimeOnly(11, 0)),
            (d, new TimeOnly(13, 0), new TimeOnly(14, 0)),
        ]);
        Assert.Equal(new HashSet<Guid> { a, b }, flagged);
    }

    [Fact]
    public void A_long_span_overlaps_every_span_inside_it()
    {
        Guid all = Guid.NewGuid(), first = Guid.NewGuid(), last = Guid.NewGuid();
        var flagged = ActivityRules.Overlapping([
            (first, new TimeOnly(8, 0), new TimeOnly(8, 30)),
            (all, new TimeOnly(7, 30), new TimeOnly(16, 0)),
            (last, new TimeOnly(15, 0), new TimeOnly(15, 30)),
        ]);
        Assert.Equal(3, flagged.Count);
        Assert.Empty(ActivityRules.Overlapping([]));
    }
}
