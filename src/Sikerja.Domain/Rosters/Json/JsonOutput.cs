using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>How documents are written: names and text as they are (Indonesian names, en dashes), not \u-escaped.</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
