using System.Text.Json;

namespace Sikerja.Domain.Rosters.Json;

/// <summary>
/// Feeds a <see cref="Utf8JsonReader"/> from a stream a buffer at a time, so that a scenario or roster of
/// any size is read in little memory. Every read goes through <see cref="Read"/>, which refills the buffer
/// (keeping the unread tail, growing it only for a token longer than the buffer) when the reader runs dry.
/// </summary>
internal sealed class JsonChunks
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    private readonly Stream stream;
    private byte[] buffer;
    private int length;
    private bool isFinal;

    public JsonChunks(Stream stream, int bufferSize = 1 << 16)
    {
        this.stream = stream;
        buffer = new byte[bufferSize];
    }

    /// <summary>A reader over the first buffer, a UTF-8 byte order mark skipped.</summary>
    public Utf8JsonReader Start()
    {
        Fill();
        if (buffer.AsSpan(0, length).StartsWith("\uFEFF"u8))
        {
            Buffer.BlockCopy(buffer, 3, buffer, 0, length - 3);
            length -= 3;
            Fill();
        }
        return new Utf8JsonReader(buffer.AsSpan(0, length), isFinal, new JsonReaderState(Options));
    }

    /// <summary>The next token, refilling as needed; false only after the document ended.</summary>
    public bool Read(ref Utf8JsonReader reader)
    {
        while (!reader.Read())
        {
            if (isFinal)
            {
                return false;
            }
            Refill(ref reader);
        }
        return true;
    }

    /// <summary>Reads past the value whose first token the reader is on (a scalar, or a whole object or array).</summary>
    public void Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.PropertyName)
        {
            Next(ref reader);
        }
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }
        var depth = reader.CurrentDepth;
        do
        {
            Next(ref reader);
        }
        while (reader.CurrentDepth > depth);
    }

    /// <summary>The next token inside a value that has not ended yet.</summary>
    public void Next(ref Utf8JsonReader reader)
    {
        if (!Read(ref reader))
        {
            throw new JsonException("the document ends inside a value");
        }
    }

    private void Refill(ref Utf8JsonReader reader)
    {
        var consumed = (int)reader.BytesConsumed;
        var left = length - consumed;
        if (consumed == 0 && length == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
        else
        {
            Buffer.BlockCopy(buffer, consumed, buffer, 0, left);
        }
        length = left;
        Fill();
        reader = new Utf8JsonReader(buffer.AsSpan(0, length), isFinal, reader.CurrentState);
    }

    private void Fill()
    {
        while (length < buffer.Length && !isFinal)
        {
            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                isFinal = true;
            }
            length += read;
        }
    }
}
