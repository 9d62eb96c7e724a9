using System.Text;
using System.Text.Json.Nodes;
using Sikerja.Domain.Calendar;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Json;

namespace Sikerja.Domain.Tests.Rosters;

public sealed class ScenarioJsonTests
{
    private const string Small = """
        {
          "tenant": { "name": "Pemerintah Kabupaten Uji", "timeZone": "Asia/Jakarta" },
          "period": { "from": "2020-03-23", "to": "2020-03-31" },
          "calendar": { "workDays": ["Mon", "Tue", "Wed", "Thu", "Fri"], "holidays": ["2020-03-25"] },
          "units": [
            { "id": "setda", "name": "Sekretariat Daerah", "type": "Secretariat", "parent": null },
            { "id": "dinkes", "name": "Dinas Kesehatan", "type": "Agency", "parent": null },
            { "id": "dinkes.p2p", "name": "Bidang P2P", "type": "Division", "parent": "dinkes" }
          ],
          "employees": [
            { "id": "196503201996011947", "name": "Sekda", "unit": "setda", "employment": "Pns", "level": "Jpt", "title": "Sekda", "headOf": "setda" },
            { "id": "199203202014021869", "name": "Staf", "unit": "dinkes.p2p", "employment": "Pns", "level": "Staff", "priorityHome": true, "unavailable": ["2020-03-27"] },
            { "id": "NA-000001", "name": "Honorer", "unit": "dinkes", "employment": "NonAsn", "level": "Staff" }
          ],
          "policy": {
            "number": "060/1160/2020", "title": "Sistem kerja", "effectiveFrom": "2020-03-26", "effectiveUntil": "2020-03-28",
            "appliesTo": ["Pns", "Pppk"], "exemptUnitTypes": ["Hospital"], "exemptUnits": ["dinkes.p2p"],
            "shifts": [ { "code": "FULL", "start": "07:30", "end": "16:00" } ],
            "alwaysOnSite": [ { "titles": ["Sekda"] } ],
            "minimumOnSite": [ { "per": "Agency", "select": { "levels": ["Staff"] }, "count": 1 } ],
            "maxOnSiteFraction": null, "staffing": "Minimum"
          },
          "notes": "fields the spec does not know are ignored"
        }
        """;

    [Fact]
    public void A_scenario_is_read_field_by_field()
    {
        var scenario = Read(Small).Value!;
        Assert.Equal(new ScenarioTenant("Pemerintah Kabupaten Uji", "Asia/Jakarta"), scenario.Tenant);
        Assert.Equal(new ScenarioPeriod(new(2020, 3, 23), new(2020, 3, 31)), scenario.Period);
        Assert.Equal(WorkWeek.MondayToFriday, scenario.Calendar.WorkDays);
        Assert.Equal([new DateOnly(2020, 3, 25)], scenario.Calendar.Holidays);
        Assert.Equal(new ScenarioUnit("dinkes.p2p", "Bidang P2P", OrgUnitType.Division, "dinkes"), scenario.Units[2]);
        Assert.Null(scenario.Units[0].Parent);
        var sekda = scenario.Employees[0];
        Assert.Equal(("196503201996011947", "setda", Employment.Pns, PositionLevel.Jpt, "Sekda", "setda", false), (sekda.Id, sekda.Unit, sekda.Employment, sekda.Level, sekda.Title, sekda.HeadOf, sekda.PriorityHome));
        Assert.True(scenario.Employees[1].PriorityHome);
        Assert.Equal([new DateOnly(2020, 3, 27)], scenario.Employees[1].Unavailable);
        Assert.Null(scenario.Employees[2].Title);
        Assert.Equal("060/1160/2020", scenario.Policy.Number);
        Assert.Equal(6, scenario.WorkingDays().Count);
    }

    [Fact]
    public void Left_out_fields_take_the_defaults_of_the_spec()
    {
        var scenario = Read(Edit(s =>
        {
            s.AsObject().Remove("calendar");
            s["policy"]!.AsObject().Remove("shifts");
            s["employees"]![1]!.AsObject().Remove("priorityHome");
        })).Value!;
        Assert.Equal(WorkWeek.MondayToFriday, scenario.Calendar.WorkDays);
        Assert.Empty(scenario.Calendar.Holidays);
        Assert.Equal([Shift.FullDay], scenario.Policy.Shifts);
        Assert.False(scenario.Employees[1].PriorityHome);
    }

    [Fact]
    public void A_written_scenario_reads_back_the_same()
    {
        var scenario = Read(Small).Value!;
        var text = Write(scenario);
        Assert.Equal(text, Write(Read(text).Value!));
        Assert.Contains("\"name\": \"Pemerintah Kabupaten Uji\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SharedScenarios))]
    public void Every_shared_example_scenario_reads_without_problems(string path)
    {
        using var file = File.OpenRead(path);
        var result = ScenarioJson.Read(file);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.NotEmpty(result.Value!.Employees);
    }

    public static TheoryData<string> SharedScenarios() => [.. ExampleScenarios.Files()];

    public static TheoryData<string, string> BadScenarios() => new()
    {
        { Edit(s => s["employees"]![1]!.AsObject().Remove("level")), "employees[1].level: required field is missing" },
        { Edit(s => s.AsObject().Remove("policy")), "policy: required field is missing" },
        { Edit(s => s["units"]![0]!["name"] = 5), "units[0].name: expected a string, found the number 5" },
        { Edit(s => s["employees"]![2]!["priorityHome"] = "yes"), "employees[2].priorityHome: expected true or false, found the string 'yes'" },
        { Edit(s => s["units"] = new JsonObject()), "units: expected an array, found an object" },
        { Edit(s => s["employees"]![1] = "Staf"), "employees[1]: expected an object, found the string 'Staf'" },
        { Edit(s => s["employees"]![0]!["id"] = null), "employees[0].id: must not be null; expected a string" },
        { Edit(s => s["employees"]![2]!["employment"] = "Honorer"), "employees[2].employment: unknown value 'Honorer'; allowed: Pns, Pppk, NonAsn" },
        { Edit(s => s["employees"]![1]!["level"] = "Eselon IV"), "employees[1].level: unknown value 'Eselon IV'; allowed: Jpt, Administrator, Supervisor, Staff, Functional" },
        { Edit(s => s["units"]![1]!["type"] = "Dinas"), "units[1].type: unknown value 'Dinas'; allowed: Secretariat, Agency, Division, Section, TechnicalUnit, District, Village, HealthCenter, Hospital, School" },
        { Edit(s => s["period"]!["from"] = "2020-02-30"), "period.from: '2020-02-30' is not a date (YYYY-MM-DD)" },
        { Edit(s => s["calendar"]!["holidays"]![0] = "25/03/2020"), "calendar.holidays[0]: '25/03/2020' is not a date (YYYY-MM-DD)" },
        { Edit(s => s["employees"]![1]!["unavailable"]![0] = "besok"), "employees[1].unavailable[0]: 'besok' is not a date (YYYY-MM-DD)" },
        { Edit(s => s["employees"]![1]!["unavailable"]![0] = 20200327), "employees[1].unavailable[0]: expected a date (YYYY-MM-DD), found the number 20200327" },
        { Edit(s => s["period"]!["to"] = "2020-03-01"), "period.to: 2020-03-01 is before period.from 2020-03-23" },
        { Edit(s => s["period"]!["to"] = "2021-03-24"), "period.to: the period has 367 days; at most 366" },
        { Edit(s => s["tenant"]!["timeZone"] = "Asia/Bandung"), "tenant.timeZone: unknown time zone 'Asia/Bandung'; use an IANA name such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura" },
        { Edit(s => s["calendar"]!["workDays"]![0] = "Monday"), "calendar.workDays[0]: unknown day 'Monday'; allowed: Mon, Tue, Wed, Thu, Fri, Sat, Sun" },
        { Edit(s => s["units"]!.AsArray().Add(new JsonObject { ["id"] = "dinkes", ["name"] = "Dinas Kesehatan", ["type"] = "Agency" })), "units[3].id: duplicate unit id 'dinkes' (also units[1])" },
        { Edit(s => s["units"]![2]!["parent"] = "dinsos"), "units[2].parent: no unit 'dinsos'" },
        { Edit(s => s["units"]![1]!["parent"] = "dinkes.p2p"), "units[1].parent: units form a cycle: dinkes → dinkes.p2p → dinkes" },
        { Edit(s => s["employees"]![2]!["id"] = "196503201996011947"), "employees[2].id: duplicate employee id '196503201996011947' (also employees[0])" },
        { Edit(s => s["employees"]![1]!["unit"] = "dinkes.p3p"), "employees[1].unit: no unit 'dinkes.p3p'" },
        { Edit(s => s["employees"]![0]!["headOf"] = "setwan"), "employees[0].headOf: no unit 'setwan'" },
        { Edit(s => s["policy"]!["exemptUnits"]![0] = "rsud"), "policy.exemptUnits[0]: no unit 'rsud'" },
        { Edit(s => s["policy"]!["shifts"] = Shifts(("PAGI", "07:30", "11:30"), ("PAGI", "12:00", "16:00"))), "policy.shifts[1].code: duplicate shift code 'PAGI' (also shifts[0])" },
        { Edit(s => s["policy"]!["shifts"] = Shifts(("PAGI", "07:30", "11:30"), ("", "12:00", "16:00"))), "policy.shifts[1].code: must not be empty" },
        { Edit(s => s["policy"]!["shifts"] = Shifts(("PAGI", "07:30", "11:30"), ("SIANG", "16:00", "12:00"))), "policy.shifts[1].end: 12:00 is not after start 16:00" },
        { Edit(s => s["policy"]!["shifts"] = Shifts(("PAGI", "07:30", "24:00"))), "policy.shifts[0].end: '24:00' is not a time of day (HH:mm)" },
        { Edit(s => s["policy"]!["shifts"] = Shifts([.. Enumerable.Range(0, 9).Select(i => ($"S{i}", $"{7 + i:00}:00", $"{7 + i:00}:30"))])), "policy.shifts: 9 shifts; at most 8" },
        { Edit(s => s["policy"]!["maxOnSiteFraction"] = 0), "policy.maxOnSiteFraction: 0 is outside (0, 1]; use null for no cap" },
        { Edit(s => s["policy"]!["maxOnSiteFraction"] = 1.25), "policy.maxOnSiteFraction: 1.25 is outside (0, 1]; use null for no cap" },
        { Edit(s => s["policy"]!["minimumOnSite"]![0]!["count"] = 0), "policy.minimumOnSite[0].count: must be at least 1 (found 0)" },
        { Edit(s => s["policy"]!["effectiveUntil"] = "2020-03-20"), "policy.effectiveUntil: 2020-03-20 is before effectiveFrom 2020-03-26" },
        { Edit(s => s["policy"]!["staffing"] = "Full"), "policy.staffing: unknown value 'Full'; allowed: Minimum, Capacity" },
        { Edit(s => s["policy"]!["minimumOnSite"]![0]!["per"] = "Bidang"), "policy.minimumOnSite[0].per: unknown value 'Bidang'; allowed: Secretariat, Agency, Division, Section, TechnicalUnit, District, Village, HealthCenter, Hospital, School" },
        { Small.Replace("\"units\": [", "\"units\": [,", StringComparison.Ordinal), "units: malformed JSON at line 5, position 13: ',' is an invalid start of a value." },
    };

    [Theory]
    [MemberData(nameof(BadScenarios))]
    public void Each_kind_of_bad_scenario_gets_its_message(string json, string message)
    {
        var result = Read(json);
        Assert.False(result.IsValid);
        Assert.Equal([message], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_cut_off_document_is_malformed_where_it_ends()
    {
        var problem = Assert.Single(Read(Small[..Small.IndexOf("\"Staf\"", StringComparison.Ordinal)]).Problems);
        Assert.Equal("employees[1]", problem.Where);
        Assert.Equal("malformed JSON at line 12, position 43: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.", problem.Message);
    }

    [Theory]
    [InlineData("19650320199601194", "a NIP is 18 digits")]
    [InlineData("196503201996O11947", "a NIP is 18 digits")]
    [InlineData("196502301996011947", "the birth date 19650230 is not a real date")]
    [InlineData("196503201996131947", "the appointment month 13 is not 01–12")]
    [InlineData("196503201965021947", "the appointment 196502 is before the birth month 196503")]
    [InlineData("196503201996013947", "the gender digit 3 is neither 1 nor 2")]
    [InlineData("196503201996011000", "the sequence number is 000")]
    public void A_pns_needs_a_valid_nip_by_the_spec(string nip, string reason)
    {
        var result = Read(Edit(s => s["employees"]![0]!["id"] = nip));
        Assert.Equal([$"employees[0].id: '{nip}' is not a valid NIP, which a Pns employee's id must be: {reason}"], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Values_longer_than_the_read_buffer_and_a_byte_order_mark_are_read()
    {
        var name = new string('a', 200_000) + " é \u00e9";
        var json = "\uFEFF" + Edit(s => s["units"]![0]!["name"] = name);
        var scenario = Read(json).Value!;
        Assert.Equal(name, scenario.Units[0].Name);
        Assert.Equal("Sekretariat Daerah".Length, Read(Small).Value!.Units[0].Name.Length);
    }

    [Fact]
    public void Appointment_in_the_birth_month_is_a_valid_nip()
    {
        Assert.True(Read(Edit(s => s["employees"]![0]!["id"] = "196503201965031947")).IsValid);
    }

    [Fact]
    public void Every_problem_is_found_and_none_twice_in_other_words()
    {
        var result = Read(Edit(s =>
        {
            s["employees"]![2]!["employment"] = "Honorer";         // would make "NA-000001" an invalid NIP if taken for Pns
            s["employees"]![2]!["unit"] = "dinsos";
            s["employees"]![1]!.AsObject().Remove("unit");          // must not also be "no unit ''"
            s["units"]![2]!["parent"] = 7;                          // must not also be an unknown parent
            s["policy"]!["shifts"] = Shifts(("PAGI", "7.30", "11:30"));
            s["period"]!["from"] = "kemarin";
        }));
        Assert.Equal(
            [
                "period.from: 'kemarin' is not a date (YYYY-MM-DD)",
                "units[2].parent: expected a string, found the number 7",
                "employees[1].unit: required field is missing",
                "employees[2].employment: unknown value 'Honorer'; allowed: Pns, Pppk, NonAsn",
                "policy.shifts[0].start: '7.30' is not a time of day (HH:mm)",
                "employees[2].unit: no unit 'dinsos'",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    private static JsonArray Shifts(params (string Code, string Start, string End)[] shifts) =>
        [.. shifts.Select(s => (JsonNode)new JsonObject { ["code"] = s.Code, ["start"] = s.Start, ["end"] = s.End })];

    private static string Edit(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(Small)!;
        change(node);
        return node.ToJsonString();
    }

    private static ReadResult<Scenario> Read(string json) => ScenarioJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static string Write(Scenario scenario)
    {
        using var stream = new MemoryStream();
        ScenarioJson.Write(scenario, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
