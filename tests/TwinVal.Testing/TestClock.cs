using Microsoft.Extensions.Time.Testing;

namespace TwinVal.Testing;

/// <summary>Fake clocks for deterministic tests (the harness reads time only through an injected <see cref="TimeProvider"/>).</summary>
public static class TestClock
{
    /// <summary>The instant every test clock starts at unless told otherwise: 2026-03-14 09:26:53 UTC.</summary>
    public static DateTimeOffset Epoch { get; } = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    /// <summary>A fake clock standing at <paramref name="start"/> (default <see cref="Epoch"/>); it moves only when advanced.</summary>
    public static FakeTimeProvider At(DateTimeOffset? start = null) => new(start ?? Epoch);
}
