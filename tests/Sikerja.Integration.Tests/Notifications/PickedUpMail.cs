using System.Text;
using System.Text.RegularExpressions;

namespace Sikerja.Integration.Tests.Notifications;

/// <summary>An e-mail as SmtpClient writes it to a pickup directory, its UTF-8 parts decoded.</summary>
public sealed partial record PickedUpMail(string To, string Subject, string Body)
{
    public static async Task<PickedUpMail> ReadAsync(string path)
    {
        var raw = await File.ReadAllTextAsync(path);
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = raw[..split].Replace("\r\n ", " ", StringComparison.Ordinal).Split("\r\n");
        string Header(string name) => headers.Single(h => h.StartsWith(name + ": ", StringComparison.OrdinalIgnoreCase))[(name.Length + 2)..];
        var body = raw[(split + 4)..].Trim();
        if (Header("Content-Transfer-Encoding") == "base64")
        {
            body = Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal)));
        }
        // Whitespace between two encoded words is folding, not text (RFC 2047).
        var subject = EncodedWord().Replace(BetweenWords().Replace(Header("Subject"), "?==?"), m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value)));
        return new PickedUpMail(Header("To"), subject, body);
    }

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenWords();

    [GeneratedRegex(@"=\?utf-8\?B\?([^?]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();
}
