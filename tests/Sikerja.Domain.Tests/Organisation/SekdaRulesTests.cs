using Sikerja.Domain.Organisation;

namespace Sikerja.Domain.Tests.Organisation;

public sealed class SekdaRulesTests
{
    private static OrgUnit Unit(string code, string name, OrgUnitType type = OrgUnitType.Secretariat, bool head = true, bool closed = false, Guid? parent = null) =>
        new() { Code = code, Name = name, Type = type, HeadId = head ? Guid.NewGuid() : null, IsClosed = closed, ParentId = parent };

    [Fact]
    public void Without_a_choice_the_secretariat_not_naming_DPRD_comes_first_whatever_the_codes()
    {
        var dprd = Unit("a-setwan", "Sekretariat DPRD");
        var setda = Unit("z-setda", "Sekretariat Daerah");
        var dinas = Unit("b-dinkes", "Dinas Kesehatan", OrgUnitType.Agency);

        Assert.Same(setda, SekdaRules.SekretariatDaerah([dprd, dinas, setda], null));
        Assert.Same(setda, SekdaRules.SekretariatDaerah([setda, dprd], null));
        Assert.Same(dprd, SekdaRules.SekretariatDaerah([dprd, dinas], null));
    }

    [Fact]
    public void Among_equals_the_code_decides_ordinally()
    {
        var second = Unit("setda2", "Sekretariat Daerah");
        var tenth = Unit("setda10", "Sekretariat Daerah Kota");
        var dprdA = Unit("dprd-a", "Sekretariat dprd");
        var dprdB = Unit("dprd-b", "Sekretariat DPRD");

        Assert.Same(tenth, SekdaRules.SekretariatDaerah([second, tenth], null));
        Assert.Same(dprdA, SekdaRules.SekretariatDaerah([dprdB, dprdA], null));
    }

    [Fact]
    public void The_rule_passes_over_closed_headless_and_lower_secretariats()
    {
        var setda = Unit("setda", "Sekretariat Daerah");
        var closed = Unit("setda-lama", "Sekretariat Daerah Lama", closed: true);
        var vacant = Unit("setda-baru", "Sekretariat Daerah Baru", head: false);
        var bagian = Unit("sekretariat", "Sekretariat Dinas", parent: Guid.NewGuid());

        Assert.Same(setda, SekdaRules.SekretariatDaerah([closed, vacant, bagian, setda], null));
        Assert.Null(SekdaRules.SekretariatDaerah([closed, vacant, bagian], null));
        Assert.Null(SekdaRules.SekretariatDaerah([], null));
    }

    [Fact]
    public void The_tenants_choice_wins_even_over_the_DPRD_ordering_and_while_vacant()
    {
        var setda = Unit("setda", "Sekretariat Daerah");
        var chosen = Unit("sekretariat-dprd", "Sekretariat DPRD");
        var vacant = Unit("setda-baru", "Sekretariat Daerah Baru", head: false);

        Assert.Same(chosen, SekdaRules.SekretariatDaerah([setda, chosen], chosen.Id));
        Assert.Same(vacant, SekdaRules.SekretariatDaerah([setda, vacant], vacant.Id));
    }

    [Fact]
    public void A_choice_that_is_no_longer_an_open_top_level_secretariat_falls_back_to_the_rule()
    {
        var setda = Unit("setda", "Sekretariat Daerah");
        var closed = Unit("setda-lama", "Sekretariat Daerah Lama", closed: true);
        var agency = Unit("dinkes", "Dinas Kesehatan", OrgUnitType.Agency);

        Assert.Same(setda, SekdaRules.SekretariatDaerah([setda, closed], closed.Id));
        Assert.Same(setda, SekdaRules.SekretariatDaerah([setda, agency], agency.Id));
        Assert.Same(setda, SekdaRules.SekretariatDaerah([setda], Guid.NewGuid()));
    }

    [Fact]
    public void A_choice_must_be_an_open_top_level_secretariat_of_the_tenant()
    {
        Assert.Null(SekdaRules.CheckChoice(Unit("setda", "Sekretariat Daerah", head: false)));
        Assert.Equal(
            ["unit Sekretariat Daerah tidak ditemukan", "Dinas Kesehatan bukan unit bertipe Sekretariat",
             "Sekretariat Dinas bukan perangkat daerah (unit tingkat teratas)", "Sekretariat Lama sudah ditutup"],
            new[]
            {
                null, Unit("dinkes", "Dinas Kesehatan", OrgUnitType.Agency), Unit("sekretariat", "Sekretariat Dinas", parent: Guid.NewGuid()),
                Unit("lama", "Sekretariat Lama", closed: true),
            }.Select(u => SekdaRules.CheckChoice(u)!.Message));
        Assert.Equal("sekdaUnitId", SekdaRules.CheckChoice(null)!.Where);
    }
}
