using System.Net;
using System.Text.RegularExpressions;

namespace Sikerja.Web.Tests.Infrastructure;

/// <summary>Submits server-rendered forms over plain HTTP, antiforgery token included, as a browser would.</summary>
public static partial class PageForms
{
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string page, IDictionary<string, string> fields) =>
        PostFormAsync(client, page, page, fields);

    /// <summary>Submits one of the page's forms; <paramref name="handler"/> names the form's handler (<c>?handler=Move</c>).</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string page, IDictionary<string, string> fields, string handler) =>
        PostFormAsync(client, page, page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler, fields);

    /// <summary>Posts to <paramref name="target"/> a form rendered by <paramref name="formPage"/>, as a tampered form would arrive.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string target, IDictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(formPage);
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(target, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        SubmitAsync(client, "Accounts/SignIn", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
