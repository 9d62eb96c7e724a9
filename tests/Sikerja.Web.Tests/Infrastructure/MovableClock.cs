namespace Sikerja.Web.Tests.Infrastructure;

/// <summary>
/// The system clock shifted by a settable offset: time keeps passing (sign-in, timers and the background jobs behave
/// as usual), and a test can move the web node to a later day, e.g. past a month's end.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + Offset;

    /// <summary>From now on the clock reads <paramref name="instant"/>, then runs on from there.</summary>
    public void MoveTo(DateTimeOffset instant) => Interlocked.Exchange(ref _offsetTicks, (instant - TimeProvider.System.GetUtcNow()).Ticks);
}
