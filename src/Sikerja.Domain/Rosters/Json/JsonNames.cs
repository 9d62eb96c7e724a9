using System.Text;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>An enum's values by the names the scenario format writes (the C# names), as UTF-8 for reading.</summary>
internal static class JsonNames<T>
    where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();
    private static readonly byte[][] Utf8 = [.. Values.Select(v => Encoding.UTF8.GetBytes(v.ToString()))];

    /// <summary>"A, B, C": the allowed names, for messages.</summary>
    public static readonly string List = string.Join(", ", Values);

    public static bool TryParse(ReadOnlySpan<byte> text, out T value)
    {
        for (var i = 0; i < Utf8.Length; i++)
        {
            if (text.SequenceEqual(Utf8[i]))
            {
                value = Values[i];
                return true;
            }
        }
        value = default;
        return false;
    }
}
