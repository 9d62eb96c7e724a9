using Sikerja.Domain.Attendance;

namespace Sikerja.Domain.Tests.Attendance;

public sealed class OfficeQrPayloadTests
{
    [Fact]
    public void A_payload_reads_back_as_written()
    {
        var payload = new OfficeQrPayload(Guid.NewGuid(), Guid.NewGuid(), 29_500_000);
        Assert.Equal(payload, OfficeQrPayload.Parse(payload.Format()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("q1|x|y|1")]
    [InlineData("q2|0123456789abcdef0123456789abcdef|0123456789abcdef0123456789abcdef|1")]
    [InlineData("q1|0123456789abcdef0123456789abcdef|0123456789abcdef0123456789abcdef|-1")]
    [InlineData("q1|0123456789abcdef0123456789abcdef|0123456789abcdef0123456789abcdef")]
    public void Anything_else_is_no_payload(string text) => Assert.Null(OfficeQrPayload.Parse(text));

    [Fact]
    public void The_window_advances_once_per_lifetime()
    {
        var t = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);
        var w = OfficeQrPayload.WindowOf(t, 60);
        Assert.Equal(w, OfficeQrPayload.WindowOf(t.AddSeconds(59), 60));
        Assert.Equal(w + 1, OfficeQrPayload.WindowOf(t.AddSeconds(60), 60));
        Assert.Equal(new DateTimeOffset(t).ToUnixTimeSeconds() / 60, w);
    }
}
