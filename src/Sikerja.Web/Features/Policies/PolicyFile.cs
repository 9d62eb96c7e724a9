using System.Text;
using Sikerja.Domain;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters.Json;

namespace Sikerja.Web.Features.Policies;

/// <summary>A circular's rules as a file in the spec's <c>policy</c> format: read on import, written on export.</summary>
public static class PolicyFile
{
    public const int MaxBytes = 1 << 20;

    /// <summary>Reads a policy object; each problem names its JSON path inside it.</summary>
    public static async Task<(PolicyRules? Rules, IReadOnlyList<Problem> Problems)> ReadAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return (null, [new Problem("file", $"berkas kebijakan paling besar {MaxBytes / 1024} KB")]);
            }
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        var result = PolicyJson.Read(buffer);
        return (result.Value, result.Problems);
    }

    public static byte[] Write(PolicyRules rules)
    {
        using var buffer = new MemoryStream();
        PolicyJson.Write(rules, buffer);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>"surat-edaran-060-1160-2020-v1.json": the number with its separators made safe for a file name.</summary>
    public static string FileName(Policy policy)
    {
        var number = new StringBuilder();
        foreach (var c in policy.Number)
        {
            number.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }
        return $"surat-edaran-{number.ToString().Trim('-')}-v{policy.Version}.json";
    }
}
