using System.Net;
using System.Text.RegularExpressions;

namespace Sikerja.Web.Tests.Infrastructure;

/// <summary>Submits server-rendered forms over plain HTTP, antiforgery token included, as a browser would.</summary>
public static partial class PageForms
{
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields) =>
        PostFormAsync(client, page, page, fields);

    /// <summary>Submits one of the page's forms; <paramref name="handler"/> names the form's handler (<c>?handler=Move</c>).</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields, string handler) =>
        PostFormAsync(client, page, page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler, fields);

    /// <summary>Posts to <paramref name="target"/> a form rendered by <paramref name="formPage"/>, as a tampered form would arrive.
    /// A field may come more than once (checkboxes, multiple selects).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string formPage, string target, IEnumerable<KeyValuePair<string, string>> fields)
    {
        List<KeyValuePair<string, string>> form = [.. fields, new("__RequestVerificationToken", await TokenAsync(client, formPage))];
        return await client.PostAsync(target, new FormUrlEncodedContent(form));
    }

    /// <summary>The antiforgery token of a rendered form, for posts built by hand (a file upload).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string formPage)
    {
        var html = await client.GetStringAsync(formPage);
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        SubmitAsync(client, "Accounts/SignIn", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
