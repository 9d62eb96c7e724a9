using System.Text;
using System.Text.Json.Nodes;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Json;
using static Sikerja.Domain.Tests.Rosters.TinyRosters;

namespace Sikerja.Domain.Tests.Rosters;

public sealed class RosterJsonTests
{
    private static readonly Roster Correct = Parse(Kukar, KukarRoster, violations: KukarViolations);

    [Fact]
    public void A_roster_is_written_in_the_spec_field_order_with_shifts_only_for_the_office()
    {
        var json = Write(Correct);
        Assert.StartsWith("""{"policy":"B-1159/2021","assignments":[{"employee":"kadis","date":"2021-06-28","mode":"Office","shifts":["PAGI","SIANG"],"reason":"AlwaysOnSite"},{"employee":"s1","date":"2021-06-28","mode":"Office","shifts":["PAGI"],"reason":"Capacity"},{"employee":"s2","date":"2021-06-28","mode":"Office","shifts":["SIANG"],"reason":"Capacity"},{"employee":"s3","date":"2021-06-28","mode":"Home","reason":"Home"}""", json, StringComparison.Ordinal);
        Assert.EndsWith("""],"shortfalls":[],"violations":[{"kind":"CapExceeded","unit":"inspektorat","date":"2021-06-28","shift":"PAGI","cap":1,"onSite":2},{"kind":"CapExceeded","unit":"inspektorat","date":"2021-06-28","shift":"SIANG","cap":1,"onSite":2},{"kind":"CapExceeded","unit":"inspektorat","date":"2021-06-29","shift":"PAGI","cap":1,"onSite":2},{"kind":"CapExceeded","unit":"inspektorat","date":"2021-06-29","shift":"SIANG","cap":1,"onSite":2}],"summary":{"employees":11,"workingDays":2,"officeAssignments":14,"homeAssignments":8}}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_roster_reads_back_as_written_with_the_scenario_s_own_id_strings()
    {
        var again = Read(Write(Correct));
        Assert.True(again.IsValid, string.Join("\n", again.Problems));
        Assert.Equal(Write(Correct), Write(again.Value!));
        Assert.Same(Kukar.Employees[1].Id, again.Value!.Assignments[1].Employee);
        Assert.Same(Kukar.Units[3].Id, again.Value.Violations[0].Unit);
    }

    [Fact]
    public void Shortfalls_read_back_as_written()
    {
        var roster = Parse(Kebumen, KebumenRoster, KebumenShortfalls);
        using var stream = new MemoryStream();
        RosterJson.Write(roster, Kebumen, stream);
        var again = RosterJson.Read(new MemoryStream(stream.ToArray()), Kebumen);
        Assert.Equal(KebumenShortfalls, again.Value!.Shortfalls);
    }

    public static TheoryData<string, string> BadRosters() => new()
    {
        { Edit(r => r["assignments"]![1]!["employee"] = "s9"), "assignments[1].employee: no employee 's9' in the scenario" },
        { Edit(r => r["assignments"]![1]!["shifts"]![0] = "MALAM"), "assignments[1].shifts[0]: no shift 'MALAM' in the policy; its shifts: PAGI, SIANG" },
        { Edit(r => r["assignments"]![1]!["mode"] = "Remote"), "assignments[1].mode: unknown value 'Remote'; allowed: Office, Home, Off" },
        { Edit(r => r["assignments"]![1]!["reason"] = "Sick"), "assignments[1].reason: unknown value 'Sick'; allowed: Unavailable, NoPolicy, OutOfScope, ExemptUnit, AlwaysOnSite, Minimum, Capacity, PriorityHome, Home" },
        { Edit(r => r["assignments"]![1]!["date"] = "28/06/2021"), "assignments[1].date: '28/06/2021' is not a date (YYYY-MM-DD)" },
        { Edit(r => r["assignments"]![1]!.AsObject().Remove("reason")), "assignments[1].reason: required field is missing" },
        { Edit(r => r["assignments"]![1]!["shifts"] = "PAGI"), "assignments[1].shifts: expected an array, found the string 'PAGI'" },
        { Edit(r => r["violations"]![0]!["kind"] = "CapIgnored"), "violations[0].kind: unknown value 'CapIgnored'; allowed: CapExceeded" },
        { Edit(r => r["violations"]![0]!["unit"] = "dinsos"), "violations[0].unit: no unit 'dinsos' in the scenario" },
        { Edit(r => r["violations"]![0]!["onSite"] = "2"), "violations[0].onSite: expected a whole number, found the string '2'" },
        { Edit(r => r["shortfalls"] = new JsonArray(new JsonObject { ["rule"] = 0, ["unit"] = "dinas", ["date"] = "2021-06-28", ["shift"] = "PAGI", ["required"] = 1, ["available"] = 0 })), "shortfalls[0].rule: no minimum rule 0; the policy has 0 (0-based)" },
        { Edit(r => r["summary"]!.AsObject().Remove("homeAssignments")), "summary.homeAssignments: required field is missing" },
        { Edit(r => r.AsObject().Remove("assignments")), "assignments: required field is missing" },
    };

    [Theory]
    [MemberData(nameof(BadRosters))]
    public void Each_kind_of_bad_roster_gets_its_message(string json, string message)
    {
        var result = Read(json);
        Assert.False(result.IsValid);
        Assert.Equal([message], result.Problems.Select(p => p.ToString()));
    }

    private static string Edit(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(Write(Correct))!;
        change(node);
        return node.ToJsonString();
    }

    private static ReadResult<Roster> Read(string json) => RosterJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), Kukar);

    private static string Write(Roster roster)
    {
        using var stream = new MemoryStream();
        RosterJson.Write(roster, Kukar, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
