using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Sikerja.Domain.Access;
using Sikerja.Domain.Organisation;
using Sikerja.Domain.People;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.Policies;

/// <summary>Circulars through the API as a program uses it: import and export in the spec's policy format, the
/// lifecycle with its refusals, acknowledgement counts.</summary>
public sealed class PoliciesApiTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private const string Password = "api-surat-edaran-2026";

    private async Task<(HttpClient Admin, HttpClient Staff)> ArrangeAsync()
    {
        var t = await web.NewTenantAsync();
        var bpbd = await t.UnitAsync("bpbd", OrgUnitType.Agency);
        var admin = await t.EmployeeAsync(bpbd, PositionLevel.Staff, name: "Admin");
        var staff = await t.EmployeeAsync(bpbd, PositionLevel.Staff, name: "Staf");
        await t.AccountAsync(admin, Role.TenantAdmin, password: Password);
        await t.AccountAsync(staff, password: Password);
        return (await web.ApiClientAsync(admin.Nip, Password), await web.ApiClientAsync(staff.Nip, Password));
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<Dictionary<string, string[]>> ProblemsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return body.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    private static string Policy(string from, string? until, string exemptUnits = "\"bpbd\"", string number = "443/2026") => $$"""
        {
          "number": "{{number}}", "title": "Sistem kerja ASN", "effectiveFrom": "{{from}}", "effectiveUntil": {{(until is null ? "null" : $"\"{until}\"")}},
          "appliesTo": ["Pns", "Pppk"], "exemptUnitTypes": ["Hospital"], "exemptUnits": [{{exemptUnits}}],
          "shifts": [ { "code": "PAGI", "start": "07:30", "end": "11:30" }, { "code": "SIANG", "start": "12:00", "end": "16:00" } ],
          "alwaysOnSite": [ { "levels": ["Jpt", "Administrator", "Supervisor"] } ],
          "minimumOnSite": [],
          "maxOnSiteFraction": 0.25, "staffing": "Capacity"
        }
        """;

    [Fact]
    public async Task A_policy_imported_as_json_is_exported_as_the_same_json()
    {
        var (admin, _) = await ArrangeAsync();
        using (admin)
        {
            var text = Policy("2040-03-02", "2040-03-13");
            using var imported = await admin.PostAsync("api/v1/policies/import", Json(text));
            var draft = await BodyAsync(imported);
            Assert.Equal("Draft", draft.GetProperty("status").GetString());
            var id = draft.GetProperty("id").GetGuid();

            using var exported = await admin.GetAsync($"api/v1/policies/{id}/export");
            Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
            Assert.Contains("surat-edaran-443-2026-v1.json", exported.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
            var back = JsonDocument.Parse(await exported.Content.ReadAsStringAsync()).RootElement;
            var original = JsonDocument.Parse(text).RootElement;
            Assert.Equal(original.GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal),
                JsonSerializer.Serialize(back).Replace(" ", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Invalid_imports_name_each_problem_by_its_path_and_create_nothing()
    {
        var (admin, staff) = await ArrangeAsync();
        using (admin)
        using (staff)
        {
            var broken = Policy("2040-03-02", "2040-02-01", "\"damkar\"").Replace("\"Capacity\"", "\"Sometimes\"", StringComparison.Ordinal);
            var problems = await ProblemsAsync(await admin.PostAsync("api/v1/policies/import", Json(broken)));
            Assert.Contains("staffing", problems.Keys);
            Assert.Contains("effectiveUntil", problems.Keys);

            var unknownUnit = await ProblemsAsync(await admin.PostAsync("api/v1/policies/import", Json(Policy("2040-03-02", null, "\"damkar\""))));
            Assert.Equal(["tidak ada unit dengan kode 'damkar'"], unknownUnit["exemptUnits[0]"]);

            Assert.NotEmpty(await ProblemsAsync(await admin.PostAsync("api/v1/policies/import", Json("{ \"number\": "))));
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync("api/v1/policies/import", Json(Policy("2040-03-02", null)))).StatusCode);
            Assert.Empty((await BodyAsync(await admin.GetAsync("api/v1/policies"))).EnumerateArray());
        }
    }

    [Fact]
    public async Task Accountability_is_written_and_read_beside_the_rules_and_a_bad_value_is_named_by_its_field()
    {
        var (admin, _) = await ArrangeAsync();
        using (admin)
        {
            var rules = Policy("2040-03-02", null);
            var created = await BodyAsync(await admin.PostAsync("api/v1/policies", Json(
                $$"""{ "signerName": "Bupati", "rules": {{rules}}, "reporting": "Everyone", "officialInRegionNeedsPermit": true }""")));
            var id = created.GetProperty("id").GetGuid();
            Assert.Equal(("Everyone", true, true), (created.GetProperty("reporting").GetString(),
                created.GetProperty("outOfRegionNeedsPermit").GetBoolean(), created.GetProperty("officialInRegionNeedsPermit").GetBoolean()));

            var unknown = await ProblemsAsync(await admin.PutAsync($"api/v1/policies/{id}", Json($$"""{ "rules": {{rules}}, "reporting": "Sometimes" }""")));
            Assert.Equal(["cakupan laporan harian tidak dikenal; pilihan: HomeWorkers, Everyone, Nobody"], unknown["reporting"]);
            Assert.Contains("outOfRegionNeedsPermit",
                (await ProblemsAsync(await admin.PutAsync($"api/v1/policies/{id}", Json($$"""{ "rules": {{rules}}, "outOfRegionNeedsPermit": "ya" }""")))).Keys);
            Assert.Contains("reporting",
                (await ProblemsAsync(await admin.PutAsync($"api/v1/policies/{id}", Json($$"""{ "rules": {{rules}}, "reporting": 7 }""")))).Keys);

            var updated = await BodyAsync(await admin.PutAsync($"api/v1/policies/{id}", Json($$"""{ "rules": {{rules}}, "outOfRegionNeedsPermit": false }""")));
            Assert.Equal(("Everyone", false, true), (updated.GetProperty("reporting").GetString(),
                updated.GetProperty("outOfRegionNeedsPermit").GetBoolean(), updated.GetProperty("officialInRegionNeedsPermit").GetBoolean()));
            var read = (await BodyAsync(await admin.GetAsync($"api/v1/policies/{id}"))).GetProperty("policy");
            Assert.Equal("Everyone", read.GetProperty("reporting").GetString());

            using var anonymous = web.Node.NewClient();
            var document = JsonDocument.Parse(await anonymous.GetStringAsync("openapi/v1.json")).RootElement;
            var draftSchema = document.GetProperty("components").GetProperty("schemas").GetProperty("PolicyDraftRequest").GetProperty("properties");
            Assert.Contains("#/components/schemas/ReportingScope", draftSchema.GetProperty("reporting").GetRawText(), StringComparison.Ordinal);
            Assert.Equal(["HomeWorkers", "Everyone", "Nobody"], document.GetProperty("components").GetProperty("schemas").GetProperty("ReportingScope")
                .GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
            Assert.Contains("PolicyDraftRequest", document.GetProperty("paths").GetProperty("/api/v1/policies").GetProperty("post").GetProperty("requestBody").GetRawText(), StringComparison.Ordinal);
            Assert.True(document.GetProperty("components").GetProperty("schemas").GetProperty("PolicyDto").GetProperty("properties").TryGetProperty("officialInRegionNeedsPermit", out _));
        }
    }

    [Fact]
    public async Task The_lifecycle_through_the_api_refuses_overlaps_until_named_and_counts_acknowledgements()
    {
        var (admin, staff) = await ArrangeAsync();
        using (admin)
        using (staff)
        {
            async Task<Guid> DraftAsync(string number, string from, string? until)
            {
                var rules = JsonDocument.Parse(Policy(from, until, number: number)).RootElement;
                var request = new { signerName = "Bupati", signerPost = "Bupati Uji", issuedOn = "2039-12-01", rules };
                return (await BodyAsync(await admin.PostAsJsonAsync("api/v1/policies", request))).GetProperty("id").GetGuid();
            }
            Task<HttpResponseMessage> PublishAsync(Guid id, params Guid[] supersedes) =>
                admin.PostAsJsonAsync($"api/v1/policies/{id}/publish", new { supersedes });

            var first = await DraftAsync("443/2026", "2040-01-02", null);
            await BodyAsync(await PublishAsync(first));
            var second = await DraftAsync("444/2026", "2040-02-03", "2040-02-28");
            Assert.Contains("supersedes", (await ProblemsAsync(await PublishAsync(second))).Keys);
            Assert.Equal("Draft", (await BodyAsync(await admin.GetAsync($"api/v1/policies/{second}"))).GetProperty("policy").GetProperty("status").GetString());
            Assert.Equal("Published", (await BodyAsync(await PublishAsync(second, first))).GetProperty("status").GetString());
            var ended = (await BodyAsync(await admin.GetAsync($"api/v1/policies/{first}"))).GetProperty("policy");
            Assert.Equal(("Superseded", "2040-02-02"), (ended.GetProperty("status").GetString(), ended.GetProperty("effectiveUntil").GetString()));

            var mine = await BodyAsync(await staff.GetAsync("api/v1/policies/mine"));
            Assert.Equal(2, mine.GetArrayLength());
            Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"api/v1/policies/{second}/acknowledge", null)).StatusCode);
            var counts = (await BodyAsync(await admin.GetAsync($"api/v1/policies/{second}/acknowledgements"))).EnumerateArray().Single();
            Assert.Equal(("bpbd", 2, 1, 50), (counts.GetProperty("code").GetString(), counts.GetProperty("sent").GetInt32(),
                counts.GetProperty("acknowledged").GetInt32(), counts.GetProperty("percent").GetInt32()));
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"api/v1/policies/{second}/acknowledgements")).StatusCode);
        }
    }
}
