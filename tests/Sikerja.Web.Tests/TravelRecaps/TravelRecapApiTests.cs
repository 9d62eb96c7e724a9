using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sikerja.Integration.Tests.TravelRecaps;
using Sikerja.Web.Features.TravelRecaps;
using Sikerja.Web.Tests.Infrastructure;

namespace Sikerja.Web.Tests.TravelRecaps;

/// <summary>The recap through the API: described in the OpenAPI document, signed by the head, forwarded by the Asisten, read by the Sekda.</summary>
public sealed class TravelRecapApiTests(SqliteWebFixture web) : IClassFixture<SqliteWebFixture>
{
    private static readonly string Month = RecapWorld.PastMonth.ToString();

    [Fact]
    public async Task The_head_signs_the_Asisten_forwards_and_the_Sekda_reads_the_month_through_the_api()
    {
        var w = await RecapWorld.CreateAsync(web.Database);
        await w.UsualPermitsAsync(web.Database, RecapWorld.PastMonth);

        using var head = await web.ApiClientAsync(w.Kadis.Nip, RecapWorld.Password);
        using (var noNumber = await head.PostAsJsonAsync($"api/v1/travel-recaps/agencies/{w.Dinkes.Id}/sign-off", new TravelRecapsApi.SignOffRequest(Month, null)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noNumber.StatusCode);
            Assert.Contains("nomor surat wajib diisi", await noNumber.Content.ReadAsStringAsync());
        }
        using (var signed = await head.PostAsJsonAsync($"api/v1/travel-recaps/agencies/{w.Dinkes.Id}/sign-off", new TravelRecapsApi.SignOffRequest(Month, "094/517/Dinkes")))
        {
            var body = JsonDocument.Parse(await signed.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
            Assert.Equal("SignedOff", body.GetProperty("letter").GetProperty("status").GetString());
            Assert.Equal(4, body.GetProperty("lines").GetArrayLength());
            Assert.Equal(4, body.GetProperty("counts").GetProperty("totalTrips").GetInt32());
            Assert.Equal(1, body.GetProperty("counts").GetProperty("trips").GetProperty("NonAsn").GetProperty("Family").GetInt32());
        }

        using var asisten = await web.ApiClientAsync(w.Asisten.Nip, RecapWorld.Password);
        using (var forwarded = await asisten.PostAsJsonAsync($"api/v1/travel-recaps/agencies/{w.Dinkes.Id}/forward", new TravelRecapsApi.ForwardRequest(Month)))
        {
            Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);
        }

        using var sekda = await web.ApiClientAsync(w.Sekda.Nip, RecapWorld.Password);
        var month = JsonDocument.Parse(await sekda.GetStringAsync($"api/v1/travel-recaps?month={Month}")).RootElement;
        Assert.Equal(2, month.GetProperty("notSubmitted").GetArrayLength());
        var dinkes = month.GetProperty("agencies").EnumerateArray().Single(a => a.GetProperty("letter").GetProperty("agencyId").GetGuid() == w.Dinkes.Id);
        Assert.Equal("Forwarded", dinkes.GetProperty("letter").GetProperty("status").GetString());
        Assert.Equal(4, month.GetProperty("submitted").GetProperty("totalTrips").GetInt32());

        using var staff = await web.ApiClientAsync(w.Staff.Nip, RecapWorld.Password);
        using var refused = await staff.GetAsync($"api/v1/travel-recaps?month={Month}");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_recap_operations()
    {
        using var client = web.Node.NewClient();
        var paths = JsonDocument.Parse(await client.GetStringAsync("openapi/v1.json")).RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/v1/travel-recaps").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/travel-recaps/agencies/{id}").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/travel-recaps/agencies/{id}/sign-off").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/v1/travel-recaps/agencies/{id}/forward").TryGetProperty("post", out _));
    }
}
