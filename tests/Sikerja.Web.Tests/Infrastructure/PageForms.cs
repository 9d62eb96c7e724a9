using System.Net;
using System.Text.RegularExpressions;

namespace Sikerja.Web.Tests.Infrastructure;

/// <summary>Submits server-rendered forms over plain HTTP, antiforgery token included, as a browser would.</summary>
public static partial class PageForms
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string page, IDictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"{page} has no antiforgery token");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(page, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        SubmitAsync(client, "Accounts/SignIn", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
