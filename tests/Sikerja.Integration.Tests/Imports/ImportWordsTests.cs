using Sikerja.Domain.Imports;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Web.Features.Shared;

namespace Sikerja.Integration.Tests.Imports;

/// <summary>A spreadsheet may use the words the pages show: every label reads back as its value.</summary>
public sealed class ImportWordsTests
{
    [Fact]
    public void Every_label_the_pages_show_is_understood_by_the_import()
    {
        Assert.All(Enum.GetValues<OrgUnitType>(), v => Assert.True(ImportVocabulary.TryParse(Labels.Of(v), out OrgUnitType read) && read == v, Labels.Of(v)));
        Assert.All(Enum.GetValues<Employment>(), v => Assert.True(ImportVocabulary.TryParse(Labels.Of(v), out Employment read) && read == v, Labels.Of(v)));
        Assert.All(Enum.GetValues<PositionLevel>(), v => Assert.True(ImportVocabulary.TryParse(Labels.Of(v), out PositionLevel read) && read == v, Labels.Of(v)));
    }

    [Fact]
    public void Exports_write_the_labels_the_pages_show()
    {
        Assert.All(Enum.GetValues<OrgUnitType>(), v => Assert.Equal(Labels.Of(v), ImportVocabulary.WordFor(v)));
        Assert.All(Enum.GetValues<Employment>(), v => Assert.Equal(Labels.Of(v), ImportVocabulary.WordFor(v)));
        Assert.All(Enum.GetValues<PositionLevel>(), v => Assert.Equal(Labels.Of(v), ImportVocabulary.WordFor(v)));
    }
}
