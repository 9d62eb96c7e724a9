using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Sikerja.Domain.Rosters;
using Sikerja.Domain.Rosters.Json;

namespace Sikerja.Web.Features.Rosters;

/// <summary>
/// <c>POST /api/v1/rosters/simulate</c>: a scenario in (shared/spec/roster-scenario.md), its roster out. It
/// reads and writes nothing of any tenant, so every signed-in caller may use it.
/// </summary>
public static class SimulateApi
{
    private const string Json = "application/json";

    public static RouteGroupBuilder MapSimulateApi(this RouteGroupBuilder api)
    {
        api.MapPost("/rosters/simulate", SimulateAsync)
            .WithTags("Rosters")
            .Accepts<JsonElement>(Json)
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesValidationProblem()
            .WithSummary("Plans the roster of a scenario: body a scenario, answer its roster (both in the format of roster-scenario.md).")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "A roster scenario: tenant, period, calendar, units, employees and policy. Invalid input answers 400 with one error per JSON path (e.g. employees[12].unit).",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [Json] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object }, Example = JsonNode.Parse(Example) },
                    },
                };
                return Task.CompletedTask;
            });
        return api;
    }

    private static async Task<IResult> SimulateAsync(HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        // The readers and writers are synchronous (they stream files of a gigabyte in the CLI); the body is
        // taken in first and the answer buffered, so that no synchronous I/O touches the connection.
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        body.Position = 0;
        var read = ScenarioJson.Read(body);
        if (read.Value is not { } scenario)
        {
            return TypedResults.ValidationProblem(
                read.Problems.GroupBy(p => p.Where).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
                title: "Skenario tidak valid");
        }
        var roster = RosterSolver.Solve(scenario);
        await using var buffer = new FileBufferingWriteStream();
        RosterJson.Write(roster, scenario, buffer);
        response.ContentType = Json;
        await buffer.DrainBufferAsync(response.Body, ct);
        return TypedResults.Empty;
    }

    private const string Example = """
        {
          "tenant": { "name": "Pemerintah Kabupaten Kebumen", "timeZone": "Asia/Jakarta" },
          "period": { "from": "2020-03-26", "to": "2020-03-27" },
          "units": [
            { "id": "setda", "name": "Sekretariat Daerah", "type": "Secretariat", "parent": null },
            { "id": "setda.hukum", "name": "Bagian Hukum", "type": "Division", "parent": "setda" }
          ],
          "employees": [
            { "id": "197603152001121003", "name": "Sekda", "unit": "setda", "employment": "Pns", "level": "Jpt", "title": "Sekda", "headOf": "setda" },
            { "id": "198805102014022001", "name": "Staf Hukum", "unit": "setda.hukum", "employment": "Pns", "level": "Staff" }
          ],
          "policy": {
            "number": "060/1160/2020", "title": "Penyesuaian sistem kerja ASN",
            "effectiveFrom": "2020-03-26", "effectiveUntil": null,
            "appliesTo": ["Pns", "Pppk"], "exemptUnitTypes": ["Hospital"], "exemptUnits": [],
            "alwaysOnSite": [ { "titles": ["Sekda"] } ],
            "minimumOnSite": [ { "per": "Secretariat", "select": { "levels": ["Staff"] }, "count": 1 } ],
            "maxOnSiteFraction": null, "staffing": "Minimum"
          }
        }
        """;
}
