using System.Text;
using System.Text.Json;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>
/// Reading one document: the chunked reader, the current path, and every problem found so far. Value readers
/// expect the reader on the value's first token; a value of the wrong kind is a problem (and read past), never
/// an exception, so that reading goes on and finds the problems further down. Paths that had a problem are
/// remembered as broken, so that checks of meaning do not repeat them in other words.
/// </summary>
internal sealed class JsonInput(Stream stream)
{
    private readonly JsonChunks chunks = new(stream);
    private readonly Dictionary<string, string> pool = [];
    private readonly HashSet<string> broken = [];
    private byte[] scratch = new byte[256];

    public JsonPath Path { get; } = new();

    public List<Problem> Problems { get; } = [];

    public Utf8JsonReader Start() => chunks.Start();

    public bool Read(ref Utf8JsonReader reader) => chunks.Read(ref reader);

    public void Next(ref Utf8JsonReader reader) => chunks.Next(ref reader);

    public void Skip(ref Utf8JsonReader reader) => chunks.Skip(ref reader);

    /// <summary>A problem at the current path.</summary>
    public void Fail(string message) => Add(Path.ToString(), message);

    /// <summary>A problem at field <paramref name="field"/> of the current object.</summary>
    public void Fail(string? field, string message) => Add(field is null ? Path.ToString() : Path.With(field), message);

    private void Add(string where, string message)
    {
        Problems.Add(new Problem(where, message));
        broken.Add(where);
    }

    /// <summary>Problems of meaning, less those about a value that already had a problem of form (or lies inside one).</summary>
    public void AddUnlessBroken(IEnumerable<Problem> problems)
    {
        Problems.AddRange(problems.Where(p => !IsBroken(p.Where)));
    }

    private bool IsBroken(string where)
    {
        if (broken.Count == 0)
        {
            return false;
        }
        var lookup = broken.GetAlternateLookup<ReadOnlySpan<char>>();
        var path = where.AsSpan();
        if (lookup.Contains(path) || broken.Contains(""))
        {
            return true;
        }
        for (var i = path.Length - 1; i > 0; i--)
        {
            if (path[i] is '.' or '[' && lookup.Contains(path[..i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The malformed-JSON problem: where the reader was, the line and position, and what is wrong.</summary>
    public void Malformed(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }
        var position = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
        Fail($"malformed JSON{position}: {message}");
    }

    /// <summary>Reads the end of the document: nothing but white space may follow the top-level value.</summary>
    public void End(ref Utf8JsonReader reader)
    {
        if (Read(ref reader))
        {
            throw new JsonException($"'{reader.TokenType}' after the end of the document");
        }
    }

    /// <summary>On an object: true. Otherwise a problem (unless null and allowed) and the value read past.</summary>
    public bool IsObject(ref Utf8JsonReader reader, string? field, bool required)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }
        Wrong(ref reader, field, "an object", required);
        return false;
    }

    /// <summary>On an array: true. Otherwise a problem (unless null and allowed) and the value read past.</summary>
    public bool IsArray(ref Utf8JsonReader reader, string? field, bool required)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }
        Wrong(ref reader, field, "an array", required);
        return false;
    }

    /// <summary>After a property name that the reader is on: true, with the reader on the property's value,
    /// when it is <paramref name="name"/>.</summary>
    public bool Is(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (!reader.ValueTextEquals(name))
        {
            return false;
        }
        Next(ref reader);
        return true;
    }

    /// <summary>The next property name of the object being read; false at its end.</summary>
    public bool NextProperty(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>The next element of the array being read; false at its end.</summary>
    public bool NextElement(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return reader.TokenType != JsonTokenType.EndArray;
    }

    public void Missing(string field) => Fail(field, "required field is missing");

    public string? Text(ref Utf8JsonReader reader, string? field, bool required, bool shared = false)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            Wrong(ref reader, field, "a string", required);
            return null;
        }
        var utf8 = Utf8(ref reader);
        return shared ? Shared(utf8) : Encoding.UTF8.GetString(utf8);
    }

    /// <summary>The unescaped UTF-8 bytes of the string token the reader is on (valid until the next read).</summary>
    public ReadOnlySpan<byte> Utf8(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }
        if (scratch.Length < reader.ValueSpan.Length)
        {
            scratch = new byte[reader.ValueSpan.Length];
        }
        return scratch.AsSpan(0, reader.CopyString(scratch));
    }

    /// <summary>One string instance for every occurrence of the same text (unit ids, titles).</summary>
    private string Shared(ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = utf8.Length <= 256 ? stackalloc char[256] : new char[utf8.Length];
        var text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var value))
        {
            value = text.ToString();
            pool.Add(value, value);
        }
        return value;
    }

    public DateOnly? Date(ref Utf8JsonReader reader, string? field, bool required)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            Wrong(ref reader, field, "a date (YYYY-MM-DD)", required);
            return null;
        }
        var utf8 = Utf8(ref reader);
        if (JsonText.TryParseDate(utf8, out var date))
        {
            return date;
        }
        Fail(field, $"'{Encoding.UTF8.GetString(utf8)}' is not a date (YYYY-MM-DD)");
        return null;
    }

    public TimeOnly? Time(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            Wrong(ref reader, field, "a time (HH:mm)", required: true);
            return null;
        }
        var utf8 = Utf8(ref reader);
        if (JsonText.TryParseTime(utf8, out var time))
        {
            return time;
        }
        Fail(field, $"'{Encoding.UTF8.GetString(utf8)}' is not a time of day (HH:mm)");
        return null;
    }

    public T? Enum<T>(ref Utf8JsonReader reader, string? field, bool required)
        where T : struct, Enum
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            Wrong(ref reader, field, "a string", required);
            return null;
        }
        if (JsonNames<T>.TryParse(Utf8(ref reader), out var value))
        {
            return value;
        }
        Fail(field, $"unknown value '{Encoding.UTF8.GetString(Utf8(ref reader))}'; allowed: {JsonNames<T>.List}");
        return null;
    }

    public bool? Bool(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            return reader.TokenType == JsonTokenType.True;
        }
        Wrong(ref reader, field, "true or false", required: false);
        return null;
    }

    public int? Int(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
        {
            return value;
        }
        Wrong(ref reader, field, "a whole number", required: true);
        return null;
    }

    public decimal? Decimal(ref Utf8JsonReader reader, string field, bool required)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value))
        {
            return value;
        }
        Wrong(ref reader, field, "a number", required);
        return null;
    }

    /// <summary>A list of enum values; null when absent or not a list. Unknown values are problems and left out.</summary>
    public List<T>? EnumList<T>(ref Utf8JsonReader reader, string field, bool required)
        where T : struct, Enum
    {
        if (!IsArray(ref reader, field, required))
        {
            return null;
        }
        var values = new List<T>();
        Path.Push(field);
        for (var i = 0; NextElement(ref reader); i++)
        {
            Path.Push(i);
            if (Enum<T>(ref reader, null, required: true) is { } value)
            {
                values.Add(value);
            }
            Path.Pop();
        }
        Path.Pop();
        return values;
    }

    /// <summary>A list of strings; null when absent or not a list. An element that is no string is a problem and
    /// kept as "" so that later elements keep their index.</summary>
    public List<string>? TextList(ref Utf8JsonReader reader, string field, bool required, bool shared)
    {
        if (!IsArray(ref reader, field, required))
        {
            return null;
        }
        var values = new List<string>();
        Path.Push(field);
        for (var i = 0; NextElement(ref reader); i++)
        {
            Path.Push(i);
            values.Add(Text(ref reader, null, required: true, shared) ?? "");
            Path.Pop();
        }
        Path.Pop();
        return values;
    }

    /// <summary>A list of dates; null when absent or not a list. Elements that are no date are problems and left out.</summary>
    public List<DateOnly>? DateList(ref Utf8JsonReader reader, string field)
    {
        if (!IsArray(ref reader, field, required: false))
        {
            return null;
        }
        var values = new List<DateOnly>();
        Path.Push(field);
        for (var i = 0; NextElement(ref reader); i++)
        {
            Path.Push(i);
            if (Date(ref reader, null, required: true) is { } date)
            {
                values.Add(date);
            }
            Path.Pop();
        }
        Path.Pop();
        return values;
    }

    /// <summary>A value of the wrong kind: a problem (none for an allowed null) and the value read past.</summary>
    private void Wrong(ref Utf8JsonReader reader, string? field, string expected, bool required)
    {
        if (reader.TokenType != JsonTokenType.Null || required)
        {
            var message = reader.TokenType == JsonTokenType.Null ? $"must not be null; expected {expected}" : $"expected {expected}, found {Describe(ref reader)}";
            Fail(field, message);
        }
        Skip(ref reader);
    }

    private string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => $"the string '{Encoding.UTF8.GetString(Utf8(ref reader))}'",
        JsonTokenType.Number => $"the number {Encoding.UTF8.GetString(reader.ValueSpan)}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => "null",
    };
}
