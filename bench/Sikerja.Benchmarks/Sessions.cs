using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sikerja.Benchmarks;

/// <summary>Signing in as people and programs do: the sign-in form with its antiforgery token, or a bearer token.</summary>
internal static partial class Sessions
{
    /// <summary>A client that keeps the sign-in cookie, as a browser does (redirects are not followed).</summary>
    public static async Task<HttpClient> CookieAsync(Uri baseAddress, string userName, string password)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
        var form = await client.GetStringAsync("Accounts/SignIn");
        var token = AntiforgeryToken().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("the sign-in page has no antiforgery token");
        }
        using var response = await client.PostAsync("Accounts/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
        {
            throw new InvalidOperationException($"sign-in of {userName} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }
        return client;
    }

    /// <summary>A client that sends the bearer token of <c>POST /api/v1/auth/token</c>.</summary>
    public static async Task<HttpClient> BearerAsync(Uri baseAddress, string userName, string password)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        using var response = await client.PostAsJsonAsync("api/v1/auth/token", new { userName, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"token for {userName} refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
