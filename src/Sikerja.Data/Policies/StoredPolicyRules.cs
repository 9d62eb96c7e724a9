using System.Text;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sikerja.Domain.Policies;
using Sikerja.Domain.Rosters.Json;

namespace Sikerja.Data.Policies;

/// <summary>
/// A policy's rules in one text column, written as the spec's <c>policy</c> object (<see cref="PolicyJson"/>), so
/// that the column reads like an exported policy and an export is the column as it is.
/// </summary>
internal static class StoredPolicyRules
{
    public static string Write(PolicyRules rules)
    {
        using var buffer = new MemoryStream();
        PolicyJson.Write(rules, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static PolicyRules Read(string json)
    {
        using var buffer = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var read = PolicyJson.Read(buffer);
        return read.Value ?? throw new InvalidOperationException($"A stored policy does not read: {string.Join("; ", read.Problems)}");
    }

    public static readonly ValueConverter<PolicyRules, string> Converter = new(r => Write(r), s => Read(s));

    /// <summary>Rules are immutable records holding lists: two are the same when they write the same JSON.</summary>
    public static readonly ValueComparer<PolicyRules> Comparer = new(
        (a, b) => ReferenceEquals(a, b) || (a != null && b != null && Write(a) == Write(b)),
        r => Write(r).GetHashCode(StringComparison.Ordinal),
        r => r);
}
