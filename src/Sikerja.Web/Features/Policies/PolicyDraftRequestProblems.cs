using System.Text.Json;
using Sikerja.Domain;
using Sikerja.Domain.Reports;

namespace Sikerja.Web.Features.Policies;

/// <summary>
/// A draft request whose JSON did not read, as a problem of the field it failed at (<c>$.reporting</c> is
/// <c>reporting</c>), saying what the field takes; the serializer's own message names .NET types and is not shown.
/// </summary>
public static class PolicyDraftRequestProblems
{
    public static Problem Of(JsonException e)
    {
        var field = FieldOf(e.Path);
        return new Problem(field, field switch
        {
            "reporting" => $"cakupan laporan harian tidak dikenal; pilihan: {string.Join(", ", Enum.GetNames<ReportingScope>())}",
            "outOfRegionNeedsPermit" or "officialInRegionNeedsPermit" => "isi true atau false",
            "issuedOn" => "tanggal surat harus tanggal tttt-bb-hh",
            "" => "isi permintaan bukan JSON yang sah",
            _ => "nilai tidak dapat dibaca",
        });
    }

    /// <summary>The top-level property named by a JSON path, camel-cased as the API writes it; "" for the whole body.</summary>
    private static string FieldOf(string? path)
    {
        if (path is null || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return "";
        }
        var name = path[2..].Split('.', '[')[0];
        return JsonNamingPolicy.CamelCase.ConvertName(name);
    }
}
