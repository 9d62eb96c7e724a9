using System.Text;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters.Json;

namespace Sikerja.Domain.Tests.Rosters;

public sealed class PolicyJsonTests
{
    private const string Kukar = """
        {
          "number": "B-1159/DINKES/065.11/06/2021", "title": "PPKM Kutai Kartanegara",
          "effectiveFrom": "2021-06-24", "effectiveUntil": "2021-07-05",
          "appliesTo": ["Pns", "Pppk", "NonAsn"],
          "exemptUnitTypes": ["Hospital", "HealthCenter"], "exemptUnits": ["bpbd"],
          "shifts": [{"code": "PAGI", "start": "07:30", "end": "11:30"}, {"code": "SIANG", "start": "12:00", "end": "16:00"}],
          "alwaysOnSite": [{"levels": ["Jpt", "Administrator", "Supervisor"]}, {"headOfUnitTypes": ["Agency"], "titles": ["Kepala Dinas"]}],
          "minimumOnSite": [{"per": "Section", "select": {"levels": ["Staff"], "employment": ["Pns"]}, "count": 1}],
          "maxOnSiteFraction": 0.25, "staffing": "Capacity"
        }
        """;

    [Fact]
    public void A_policy_is_read_field_by_field()
    {
        var policy = Read(Kukar).Value!;
        Assert.Equal("B-1159/DINKES/065.11/06/2021", policy.Number);
        Assert.Equal(new DateOnly(2021, 6, 24), policy.EffectiveFrom);
        Assert.Equal(new DateOnly(2021, 7, 5), policy.EffectiveUntil);
        Assert.Equal([Employment.Pns, Employment.Pppk, Employment.NonAsn], policy.AppliesTo);
        Assert.Equal([OrgUnitType.Hospital, OrgUnitType.HealthCenter], policy.ExemptUnitTypes);
        Assert.Equal(["bpbd"], policy.ExemptUnits);
        Assert.Equal([new Shift("PAGI", new(7, 30), new(11, 30)), new Shift("SIANG", new(12, 0), new(16, 0))], policy.Shifts);
        Assert.Equal([PositionLevel.Jpt, PositionLevel.Administrator, PositionLevel.Supervisor], policy.AlwaysOnSite[0].Levels);
        Assert.Null(policy.AlwaysOnSite[0].Titles);
        Assert.Equal(["Kepala Dinas"], policy.AlwaysOnSite[1].Titles);
        Assert.Equal(OrgUnitType.Section, policy.MinimumOnSite[0].Per);
        Assert.Equal([Employment.Pns], policy.MinimumOnSite[0].Select.Employment);
        Assert.Equal(1, policy.MinimumOnSite[0].Count);
        Assert.Equal(0.25m, policy.MaxOnSiteFraction);
        Assert.Equal(Staffing.Capacity, policy.Staffing);
    }

    [Fact]
    public void Optional_fields_take_the_defaults_of_the_spec()
    {
        var policy = Read("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum"}""").Value!;
        Assert.Null(policy.EffectiveUntil);
        Assert.Equal([Shift.FullDay], policy.Shifts);
        Assert.Empty(policy.ExemptUnits);
        Assert.Empty(policy.MinimumOnSite);
        Assert.Null(policy.MaxOnSiteFraction);
    }

    [Fact]
    public void A_written_policy_reads_back_the_same()
    {
        var policy = Read(Kukar).Value!;
        using var stream = new MemoryStream();
        PolicyJson.Write(policy, stream);
        stream.Position = 0;
        var again = PolicyJson.Read(stream).Value!;
        Assert.Equal(PolicyJsonText(policy), PolicyJsonText(again));
    }

    [Theory]
    [InlineData("""{"title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum"}""", "number: required field is missing")]
    [InlineData("""{"number": 7, "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum"}""", "number: expected a string, found the number 7")]
    [InlineData("""{"number": "1", "title": null, "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum"}""", "title: must not be null; expected a string")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "26-03-2020", "appliesTo": ["Pns"], "staffing": "Minimum"}""", "effectiveFrom: '26-03-2020' is not a date (YYYY-MM-DD)")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "effectiveUntil": "2020-03-20", "appliesTo": ["Pns"], "staffing": "Minimum"}""", "effectiveUntil: 2020-03-20 is before effectiveFrom 2020-03-26")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns", "Honorer"], "staffing": "Minimum"}""", "appliesTo[1]: unknown value 'Honorer'; allowed: Pns, Pppk, NonAsn")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": "Pns", "staffing": "Minimum"}""", "appliesTo: expected an array, found the string 'Pns'")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Maximum"}""", "staffing: unknown value 'Maximum'; allowed: Minimum, Capacity")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "exemptUnitTypes": ["Puskesmas"], "staffing": "Minimum"}""", "exemptUnitTypes[0]: unknown value 'Puskesmas'; allowed: Secretariat, Agency, Division, Section, TechnicalUnit, District, Village, HealthCenter, Hospital, School")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "shifts": [{"code": "A", "start": "07:30", "end": "11:00"}, {"code": "A", "start": "12:00", "end": "16:00"}]}""", "shifts[1].code: duplicate shift code 'A' (also shifts[0])")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "shifts": [{"code": "", "start": "07:30", "end": "11:00"}]}""", "shifts[0].code: must not be empty")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "shifts": [{"code": "A", "start": "12:00", "end": "11:00"}]}""", "shifts[0].end: 11:00 is not after start 12:00")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "shifts": [{"code": "A", "start": "7:30", "end": "11:00"}]}""", "shifts[0].start: '7:30' is not a time of day (HH:mm)")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "shifts": [{"code": "A", "end": "11:00"}]}""", "shifts[0].start: required field is missing")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "shifts": []}""", "shifts: a policy has at least one shift (leave the field out for the default FULL 07:30–16:00)")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "maxOnSiteFraction": 0}""", "maxOnSiteFraction: 0 is outside (0, 1]; use null for no cap")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "maxOnSiteFraction": 1.5}""", "maxOnSiteFraction: 1.5 is outside (0, 1]; use null for no cap")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "maxOnSiteFraction": "25%"}""", "maxOnSiteFraction: expected a number, found the string '25%'")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "minimumOnSite": [{"per": "Agency", "select": {}, "count": 0}]}""", "minimumOnSite[0].count: must be at least 1 (found 0)")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "minimumOnSite": [{"per": "Agency", "select": {}, "count": 1.5}]}""", "minimumOnSite[0].count: expected a whole number, found the number 1.5")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "minimumOnSite": [{"per": "Agency", "count": 1}]}""", "minimumOnSite[0].select: required field is missing")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "alwaysOnSite": [{"levels": ["Eselon II"]}]}""", "alwaysOnSite[0].levels[0]: unknown value 'Eselon II'; allowed: Jpt, Administrator, Supervisor, Staff, Functional")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "minimumOnSite": [{"per": "Agency", "select": {"levels": "Staff"}, "count": 1}]}""", "minimumOnSite[0].select.levels: expected an array, found the string 'Staff'")]
    [InlineData("""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "shifts": [5]}""", "shifts[0]: expected an object, found the number 5")]
    [InlineData("""["Pns"]""", "expected an object, found an array")]
    public void Each_kind_of_bad_policy_gets_its_message(string json, string message)
    {
        var result = Read(json);
        Assert.False(result.IsValid);
        Assert.Equal([message], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void More_than_eight_shifts_are_refused()
    {
        var shifts = string.Join(", ", Enumerable.Range(0, 9).Select(i => $$"""{"code": "S{{i}}", "start": "{{i + 7:00}}:00", "end": "{{i + 7:00}}:30"}"""));
        var result = Read($$"""{"number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Minimum", "shifts": [{{shifts}}]}""");
        Assert.Equal(["shifts: 9 shifts; at most 8"], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Malformed_json_names_the_line_and_position()
    {
        var result = Read("{\n  \"number\": \"1\",\n  \"title\" \"T\"\n}");
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("malformed JSON at line 3, position 11: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_found_not_only_the_first()
    {
        var result = Read("""{"number": "", "title": "T", "effectiveFrom": "2020-13-01", "appliesTo": ["Pns"], "staffing": "Minimum", "shifts": [{"code": "A", "start": "12:00", "end": "11:00"}], "maxOnSiteFraction": -1}""");
        Assert.Equal(
            ["effectiveFrom: '2020-13-01' is not a date (YYYY-MM-DD)", "number: must not be empty", "shifts[0].end: 11:00 is not after start 12:00", "maxOnSiteFraction: -1 is outside (0, 1]; use null for no cap"],
            result.Problems.Select(p => p.ToString()));
    }

    private static ReadResult<PolicyRules> Read(string json) => PolicyJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static string PolicyJsonText(PolicyRules policy)
    {
        using var stream = new MemoryStream();
        PolicyJson.Write(policy, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
