using System.Text;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>Where a reader is in a document, as the path a problem names (<c>employees[12].unit</c>).</summary>
internal sealed class JsonPath
{
    private readonly List<(string? Name, int Index)> segments = [];

    public void Push(string name) => segments.Add((name, -1));

    public void Push(int index) => segments.Add((null, index));

    public void Pop() => segments.RemoveAt(segments.Count - 1);

    /// <summary>The path of field <paramref name="name"/> of the current object.</summary>
    public string With(string name)
    {
        Push(name);
        var path = ToString();
        Pop();
        return path;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (name, index) in segments)
        {
            if (name is null)
            {
                text.Append('[').Append(index).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }
                text.Append(name);
            }
        }
        return text.ToString();
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="ancestor"/> or lies inside it.</summary>
    public static bool IsWithin(string path, string ancestor) =>
        path.StartsWith(ancestor, StringComparison.Ordinal)
        && (path.Length == ancestor.Length || path[ancestor.Length] is '.' or '[');
}
