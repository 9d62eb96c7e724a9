using Sikerja.Domain.Imports;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;

namespace Sikerja.Domain.Tests.Imports;

public sealed class ImportVocabularyTests
{
    [Theory]
    [InlineData("Dinas/Badan", OrgUnitType.Agency)]
    [InlineData(" dinas ", OrgUnitType.Agency)]
    [InlineData("Sub Bagian", OrgUnitType.Section)]
    [InlineData("TechnicalUnit", OrgUnitType.TechnicalUnit)]
    [InlineData("technical unit", OrgUnitType.TechnicalUnit)]
    [InlineData("RSUD", OrgUnitType.Hospital)]
    public void Unit_types_are_read_from_Indonesian_words_and_code_names(string word, OrgUnitType expected)
    {
        Assert.True(ImportVocabulary.TryParse(word, out OrgUnitType type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("Pelaksana", PositionLevel.Staff)]
    [InlineData("Staff", PositionLevel.Staff)]
    [InlineData("JPT Pratama", PositionLevel.Jpt)]
    [InlineData("eselon iv", PositionLevel.Supervisor)]
    [InlineData("JFT", PositionLevel.Functional)]
    public void Levels_are_read_from_Indonesian_words_and_code_names(string word, PositionLevel expected)
    {
        Assert.True(ImportVocabulary.TryParse(word, out PositionLevel level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("Non-ASN", Employment.NonAsn)]
    [InlineData("NonAsn", Employment.NonAsn)]
    [InlineData("honorer", Employment.NonAsn)]
    [InlineData("pppk", Employment.Pppk)]
    public void Employment_is_read_from_Indonesian_words_and_code_names(string word, Employment expected)
    {
        Assert.True(ImportVocabulary.TryParse(word, out Employment employment));
        Assert.Equal(expected, employment);
    }

    [Fact]
    public void Unknown_words_are_not_guessed()
    {
        Assert.False(ImportVocabulary.TryParse("Kapten", out PositionLevel _));
        Assert.False(ImportVocabulary.TryParse("", out OrgUnitType _));
        Assert.False(ImportVocabulary.TryParseYesNo("Mungkin", out _));
    }

    [Theory]
    [InlineData("Ya", true)]
    [InlineData("tidak", false)]
    [InlineData("1", true)]
    [InlineData("Tidak aktif", false)]
    public void Yes_and_no_are_read_in_Indonesian_and_English(string word, bool expected)
    {
        Assert.True(ImportVocabulary.TryParseYesNo(word, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("-7.6681", -7.6681)]
    [InlineData("-7,6681", -7.6681)]
    [InlineData("100", 100)]
    public void Numbers_take_a_decimal_point_or_comma(string text, double expected)
    {
        Assert.True(ImportVocabulary.TryParseNumber(text, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void A_number_with_thousands_marks_is_not_read_as_a_coordinate()
    {
        Assert.False(ImportVocabulary.TryParseNumber("1.234,5", out _));
        Assert.False(ImportVocabulary.TryParseNumber("NaN", out _));
    }
}
