using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sikerja.Web.Tests.Infrastructure;

public static class ApiSession
{
    /// <summary>Signs in through the API as a program would and returns a client that sends the bearer token.</summary>
    public static async Task<HttpClient> SignInAsync(SikerjaNode node, string userName, string password)
    {
        var client = node.NewClient();
        using var response = await client.PostAsJsonAsync("api/v1/auth/token", new { userName, password });
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }
}
