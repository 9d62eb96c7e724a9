using Sikerja.Domain.People;
using static Sikerja.Domain.People.ReportingLines;

namespace Sikerja.Domain.Tests.People;

public sealed class ReportingLinesTests
{
    private static readonly Guid Dinas = Guid.NewGuid(), Bidang = Guid.NewGuid(), Seksi = Guid.NewGuid();
    private static readonly Guid Kadis = Guid.NewGuid(), Kabid = Guid.NewGuid(), Kasi = Guid.NewGuid(), Staf = Guid.NewGuid();

    private static List<UnitNode> Units(Guid? bidangHead = null) =>
    [
        new(Dinas, null, Kadis),
        new(Bidang, Dinas, bidangHead ?? Kabid),
        new(Seksi, Bidang, Kasi),
    ];

    private static List<EmployeeNode> People(Guid? kadisOverride = null) =>
    [
        new(Kadis, Dinas, kadisOverride),
        new(Kabid, Bidang, null),
        new(Kasi, Seksi, null),
        new(Staf, Seksi, null),
    ];

    [Fact]
    public void The_default_superior_is_the_head_of_the_nearest_unit_above_who_is_not_the_employee()
    {
        var lines = Compute(Units(), People());
        Assert.Equal(Kasi, lines.SupervisorOf(Staf));
        Assert.Equal(Kabid, lines.SupervisorOf(Kasi));   // Kasi heads Seksi: skip to Bidang
        Assert.Equal(Kadis, lines.SupervisorOf(Kabid));
        Assert.Null(lines.SupervisorOf(Kadis));           // the top has no superior in the tree
    }

    [Fact]
    public void A_unit_without_head_passes_to_the_unit_above()
    {
        var units = Units();
        units[1] = units[1] with { HeadId = null };
        var lines = Compute(units, People());
        Assert.Equal(Kadis, lines.SupervisorOf(Kasi));
    }

    [Fact]
    public void A_superior_set_by_hand_wins()
    {
        var people = People();
        people[3] = people[3] with { SupervisorOverride = Kabid };
        Assert.Equal(Kabid, Compute(Units(), people).SupervisorOf(Staf));
    }

    [Fact]
    public void The_chain_lists_every_superior_nearest_first_and_subordinates_are_transitive()
    {
        var lines = Compute(Units(), People());
        Assert.Equal([Kasi, Kabid, Kadis], lines.ChainAbove(Staf));
        Assert.Equal(new HashSet<Guid> { Kabid, Kasi, Staf }, lines.Subordinates(Kadis));
        Assert.Empty(lines.Subordinates(Staf));
    }

    [Fact]
    public void A_loop_made_by_hand_is_reported_with_everyone_in_it()
    {
        var lines = Compute(Units(), People(kadisOverride: Kasi));
        var loop = Assert.Single(lines.Loops);
        Assert.Equal(new HashSet<Guid> { Kadis, Kabid, Kasi }, loop.ToHashSet());
        Assert.DoesNotContain(Staf, loop);
    }
}
