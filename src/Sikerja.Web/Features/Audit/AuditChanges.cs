using System.Text.Json;

namespace Sikerja.Web.Features.Audit;

/// <summary>One field of a change: its value before and after (null where the entry has no such side).</summary>
public sealed record AuditChange(string Field, string? Before, string? After);

/// <summary>Reads the before/after JSON of an audit entry as a list of changed fields (a creation's empty fields left out).</summary>
public static class AuditChanges
{
    public static IReadOnlyList<AuditChange> Of(string? before, string? after)
    {
        var old = Fields(before);
        var @new = Fields(after);
        return @new.Keys.Concat(old.Keys).Distinct()
            .Select(f => new AuditChange(f, old.GetValueOrDefault(f), @new.GetValueOrDefault(f)))
            .Where(c => c.Before != c.After)
            .ToList();
    }

    private static Dictionary<string, string?> Fields(string? json)
    {
        var fields = new Dictionary<string, string?>();
        if (string.IsNullOrEmpty(json))
        {
            return fields;
        }
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return fields;
        }
        foreach (var property in document.RootElement.EnumerateObject())
        {
            fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                _ => property.Value.GetRawText(),
            };
        }
        return fields;
    }
}
