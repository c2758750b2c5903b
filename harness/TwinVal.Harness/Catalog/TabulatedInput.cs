using System.Collections.Immutable;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// An input given as a table of (time, value) pairs in a CSV file of the case folder, linearly interpolated between
/// the rows. A periodic table covers one period from its first to its last time (equal first and last values) and
/// repeats; a non-periodic table must cover the protocol's time span (checked when the case loads) and holds its end
/// values outside its times.
/// </summary>
/// <param name="Name">Model input it drives.</param>
/// <param name="Unit">Unit of <paramref name="Values"/>.</param>
/// <param name="File">Path of the CSV, relative to the case folder.</param>
/// <param name="Sha256">Declared SHA-256 of the file (lower-case hex).</param>
/// <param name="Periodic">Whether the table repeats with period last time − first time.</param>
/// <param name="TimesSeconds">Strictly increasing times of the rows, seconds (empty until the file has been read).</param>
/// <param name="Values">Values of the rows in <paramref name="Unit"/>.</param>
public sealed record TabulatedInput(
    string Name, Unit Unit, string File, string Sha256, bool Periodic, ImmutableArray<double> TimesSeconds, ImmutableArray<double> Values)
    : InputSignal(Name, Unit)
{
    /// <inheritdoc/>
    public override double ValueAt(double seconds)
    {
        var t = TimesSeconds;
        if (t.IsDefaultOrEmpty)
        {
            throw new InvalidOperationException($"tabulated input '{Name}': the table '{File}' has not been read");
        }

        if (t.Length == 1)
        {
            return Values[0];
        }

        if (Periodic)
        {
            // Wrap into [t0, t_last): the modulus of the offset, shifted back, keeps t0 itself exact.
            var period = t[^1] - t[0];
            var offset = (seconds - t[0]) % period;
            seconds = t[0] + (offset < 0 ? offset + period : offset);
        }

        if (seconds <= t[0])
        {
            return Values[0];
        }

        if (seconds >= t[^1])
        {
            return Values[^1];
        }

        // The row at or before the time, then linear interpolation in the interval it starts.
        var index = t.AsSpan().BinarySearch(seconds);
        var i = index >= 0 ? index : ~index - 1;
        if (index >= 0)
        {
            return Values[i];
        }

        var fraction = (seconds - t[i]) / (t[i + 1] - t[i]);
        return Values[i] + (fraction * (Values[i + 1] - Values[i]));
    }

    /// <summary>
    /// The rows' times: the interpolant's slope jumps there, which inside a step costs a method its order just as a jump
    /// of the value does. A periodic table is listed for a bounded number of periods (at most 100 000 times, 10 000
    /// periods); solvers clip to their end time anyway.
    /// </summary>
    public override IEnumerable<double> Discontinuities()
    {
        if (TimesSeconds.IsDefaultOrEmpty || !Periodic)
        {
            return TimesSeconds.IsDefault ? [] : TimesSeconds;
        }

        var period = TimesSeconds[^1] - TimesSeconds[0];
        var periods = Math.Clamp(100_000 / TimesSeconds.Length, 1, 10_000);
        return Enumerable.Range(0, periods).SelectMany(k => TimesSeconds.Take(TimesSeconds.Length - 1).Select(t => t + (k * period)));
    }

    /// <summary>A copy with every time moved by <paramref name="seconds"/> (time translation of the protocol).</summary>
    public TabulatedInput Shifted(double seconds) => this with { TimesSeconds = [.. TimesSeconds.Select(t => t + seconds)] };
}
