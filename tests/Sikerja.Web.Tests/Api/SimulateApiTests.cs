using System.Net;
using System.Text;
using System.Text.Json;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Json;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Api;

/// <summary>POST /api/v1/rosters/simulate: a scenario in, its roster out (one that keeps every rule), and
/// invalid scenarios refused with one error per JSON path.</summary>
public sealed class SimulateApiTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "simulasi-uji-123";

    [Fact]
    public async Task A_plain_employee_simulates_an_example_scenario_and_gets_a_roster_that_keeps_every_rule()
    {
        var scenarioText = await File.ReadAllTextAsync(ExampleScenario("kukar-2021.json"));
        using var api = await PlainEmployeeAsync();
        using var response = await api.PostAsync("api/v1/rosters/simulate", new StringContent(scenarioText, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, Encoding.UTF8.GetString(body));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);

        var scenario = ScenarioJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(scenarioText))).Value!;
        var roster = RosterJson.Read(new MemoryStream(body), scenario);
        Assert.True(roster.IsValid, string.Join("\n", roster.Problems));
        Assert.Equal(scenario.Employees.Count * scenario.WorkingDays().Count, roster.Value!.Assignments.Count);
        Assert.Empty(RosterChecker.Check(scenario, roster.Value));
    }

    [Fact]
    public async Task An_invalid_scenario_is_refused_with_every_problem_by_json_path()
    {
        var scenario = """
            {
              "tenant": { "name": "Uji", "timeZone": "Asia/Jakarta" },
              "period": { "from": "2020-03-26", "to": "2020-03-26" },
              "units": [ { "id": "dinkes", "name": "Dinas Kesehatan", "type": "Agency", "parent": null } ],
              "employees": [ { "id": "NA-1", "name": "Honorer", "unit": "dinkes.p3p", "employment": "NonAsn", "level": "Staff" } ],
              "policy": { "number": "1", "title": "T", "effectiveFrom": "2020-03-26", "appliesTo": ["Pns"], "staffing": "Sometimes" }
            }
            """;
        using var api = await PlainEmployeeAsync();
        using var response = await api.PostAsync("api/v1/rosters/simulate", new StringContent(scenario, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.Equal(["no unit 'dinkes.p3p'"], errors.GetProperty("employees[0].unit").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["unknown value 'Sometimes'; allowed: Minimum, Capacity"], errors.GetProperty("policy.staffing").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task No_one_simulates_without_signing_in()
    {
        using var anonymous = web.Node.NewClient();
        using var response = await anonymous.PostAsync("api/v1/rosters/simulate", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_scenario_body()
    {
        using var client = web.Node.NewClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("openapi/v1.json")).RootElement;
        var body = document.GetProperty("paths").GetProperty("/api/v1/rosters/simulate").GetProperty("post").GetProperty("requestBody");
        Assert.True(body.GetProperty("required").GetBoolean());
        Assert.Contains("roster scenario", body.GetProperty("description").GetString(), StringComparison.Ordinal);
        var example = body.GetProperty("content").GetProperty("application/json").GetProperty("example");
        Assert.Equal("060/1160/2020", example.GetProperty("policy").GetProperty("number").GetString());
    }

    private async Task<HttpClient> PlainEmployeeAsync()
    {
        var t = await web.NewTenantAsync();
        var unit = await t.UnitAsync("dinas", OrgUnitType.Agency);
        var staff = await t.EmployeeAsync(unit, PositionLevel.Staff, name: "Staf Simulasi");
        await t.AccountAsync(staff, password: Password);
        return await web.ApiClientAsync(staff.Nip, Password);
    }

    private static string ExampleScenario(string name) => Path.Combine(AppContext.BaseDirectory, "scenarios", name);
}
