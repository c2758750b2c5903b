using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Comparison;

/// <summary>
/// Extracts a quantity of interest from a sampled series. Values come in the series' unit, times in the time axis'
/// unit, frequencies in its reciprocal. Everything between samples is read by linear interpolation, the same rule the
/// comparer aligns grids with. Periods and frequencies with direction <see cref="CrossingDirection.Either"/> use the
/// spacing of successive crossings of either direction: half the oscillation period of a symmetric wave.
/// </summary>
public static class QoiExtractor
{
    /// <summary>
    /// Extracts <paramref name="spec"/> from <paramref name="values"/> sampled at <paramref name="time"/> (strictly
    /// increasing, same length). On failure <paramref name="error"/> says why (no crossing, time outside the series, …).
    /// </summary>
    public static bool TryExtract(
        QoiSpec spec, Series time, Series values, out Quantity quantity, [NotNullWhen(false)] out string? error)
    {
        quantity = default;
        error = Precondition(time, values);
        if (error is not null || (spec.Kind != QoiKind.Auc && !TryWindow(spec, ref time, ref values, out error)))
        {
            return false;
        }

        var t = time.Values;
        var v = values.Values;
        switch (spec.Kind)
        {
            case QoiKind.Max:
                quantity = new Quantity(v[ExtremeIndex(v, +1)], values.Unit);
                return true;
            case QoiKind.Min:
                quantity = new Quantity(v[ExtremeIndex(v, -1)], values.Unit);
                return true;
            case QoiKind.TimeOfMax:
                quantity = new Quantity(t[ExtremeIndex(v, +1)], time.Unit);
                return true;
            case QoiKind.TimeOfMin:
                quantity = new Quantity(t[ExtremeIndex(v, -1)], time.Unit);
                return true;
            case QoiKind.FinalValue:
                quantity = new Quantity(v[^1], values.Unit);
                return true;
            case QoiKind.ValueAtTime:
                return TryValueAt(spec, time, values, out quantity, out error);
            case QoiKind.Auc:
                return AreaUnderCurve.TryIntegrate(spec, time, values, out quantity, out error);
            case QoiKind.Mean:
                quantity = new Quantity(TimeAverage(t, v), values.Unit);
                return true;
            case QoiKind.PeakToPeak:
                quantity = new Quantity(v[ExtremeIndex(v, +1)] - v[ExtremeIndex(v, -1)], values.Unit);
                return true;
            case QoiKind.SwingFraction:
                return TrySwingFraction(values, out quantity, out error);
            case QoiKind.FirstCrossing:
            case QoiKind.Period:
            case QoiKind.Frequency:
                return TryFromCrossings(spec, time, values, out quantity, out error);
            default:
                error = $"unknown QoI kind {spec.Kind}";
                return false;
        }
    }

    /// <summary>Unit a QoI of <paramref name="kind"/> is expressed in, for a series in <paramref name="valueUnit"/>.</summary>
    public static Unit UnitOf(QoiKind kind, Unit timeUnit, Unit valueUnit) => kind switch
    {
        QoiKind.TimeOfMax or QoiKind.TimeOfMin or QoiKind.FirstCrossing or QoiKind.Period => timeUnit,
        QoiKind.Frequency => Reciprocal(timeUnit),
        QoiKind.Auc => Unit.Parse($"({valueUnit.Symbol})*({timeUnit.Symbol})"),
        QoiKind.SwingFraction => Unit.Dimensionless,
        _ => valueUnit,
    };

    private static string? Precondition(Series time, Series values)
    {
        if (time.Count == 0)
        {
            return $"'{values.Name}' has no samples";
        }

        if (time.Count != values.Count)
        {
            return $"'{values.Name}' has {values.Count} values but the time axis has {time.Count}";
        }

        return InputGuards.NonFinite(values, time, "non-finite value") ?? InputGuards.NonFinite(time, time, "non-finite time");
    }

    // Restricts both series to the samples inside the spec's window (ends included), so that a QoI of a periodic steady
    // state reads only the last beat. Samples, not interpolated end points: the extraction rules stay those of the
    // whole series, applied to fewer points.
    private static bool TryWindow(QoiSpec spec, ref Series time, ref Series values, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (spec.WindowStart is null && spec.WindowEnd is null)
        {
            return true;
        }

        var start = double.NegativeInfinity;
        var end = double.PositiveInfinity;
        if ((spec.WindowStart is { } s && !TryIn(s, time.Unit, string.Empty, out start, out error)) ||
            (spec.WindowEnd is { } e && !TryIn(e, time.Unit, string.Empty, out end, out error)))
        {
            error = $"window: {error}";
            return false;
        }

        var t = time.Values;
        var first = 0;
        while (first < t.Length && t[first] < start)
        {
            first++;
        }

        var last = t.Length - 1;
        while (last >= first && t[last] > end)
        {
            last--;
        }

        if (last < first)
        {
            error = $"window [{NumberText.Num(start)}, {NumberText.Num(end, time.Unit.Symbol)}] holds no sample of '{values.Name}', " +
                    $"which spans [{NumberText.Num(t[0])}, {NumberText.Num(t[^1], time.Unit.Symbol)}]";
            return false;
        }

        var count = last - first + 1;
        time = time with { Values = time.Values.Slice(first, count) };
        values = values with { Values = values.Values.Slice(first, count) };
        return true;
    }

    // Trapezoidal time average: exact for the piecewise-linear curve the comparer reads between samples. One sample
    // has no duration, so its value is its own average.
    private static double TimeAverage(ImmutableArray<double> t, ImmutableArray<double> v)
    {
        if (v.Length == 1)
        {
            return v[0];
        }

        var integral = 0.0;
        for (var i = 1; i < v.Length; i++)
        {
            integral += 0.5 * (v[i] + v[i - 1]) * (t[i] - t[i - 1]);
        }

        return integral / (t[^1] - t[0]);
    }

    private static bool TrySwingFraction(Series values, out Quantity quantity, [NotNullWhen(false)] out string? error)
    {
        quantity = default;
        var v = values.Values;
        var max = v[ExtremeIndex(v, +1)];
        if (!(max > 0))
        {
            error = $"swing-fraction (max − min)/max needs a positive maximum; '{values.Name}' peaks at {NumberText.Num(max, values.Unit.Symbol)}";
            return false;
        }

        error = null;
        quantity = new Quantity((max - v[ExtremeIndex(v, -1)]) / max, Unit.Dimensionless);
        return true;
    }

    // First index of the largest (sign +1) or smallest (sign −1) value: ties go to the earliest time, so time-of-max of
    // a plateau is where the plateau starts, on both sides of a comparison alike.
    private static int ExtremeIndex(ImmutableArray<double> v, int sign)
    {
        var best = 0;
        for (var i = 1; i < v.Length; i++)
        {
            if (sign * (v[i] - v[best]) > 0)
            {
                best = i;
            }
        }

        return best;
    }

    private static bool TryValueAt(QoiSpec spec, Series time, Series values, out Quantity quantity, [NotNullWhen(false)] out string? error)
    {
        quantity = default;
        if (!TryIn(spec.At, time.Unit, "value-at-time needs 'at', a time", out var at, out error))
        {
            return false;
        }

        var t = time.Values;
        if (at < t[0] || at > t[^1])
        {
            error = $"t = {NumberText.Num(at, time.Unit.Symbol)} is outside the series' time range " +
                    $"[{NumberText.Num(t[0])}, {NumberText.Num(t[^1], time.Unit.Symbol)}]; QoIs are not extrapolated";
            return false;
        }

        quantity = new Quantity(Interpolation.At(t.AsSpan(), values.Values.AsSpan(), at), values.Unit);
        return true;
    }

    private static bool TryFromCrossings(QoiSpec spec, Series time, Series values, out Quantity quantity, [NotNullWhen(false)] out string? error)
    {
        quantity = default;
        var name = MetricNames.Kebab(spec.Kind);
        if (!TryIn(spec.Threshold, values.Unit, $"{name} needs a threshold in a unit of '{values.Unit.Symbol}'", out var threshold, out error))
        {
            return false;
        }

        var crossings = Crossings.Find(time.Values.AsSpan(), values.Values.AsSpan(), threshold, spec.Direction);
        var direction = MetricNames.Kebab(spec.Direction);
        var needed = spec.Kind == QoiKind.FirstCrossing ? 1 : 2;
        if (crossings.Count < needed)
        {
            error = $"{name} needs {needed} {direction} crossing(s) of {NumberText.Num(threshold, values.Unit.Symbol)} by " +
                    $"'{values.Name}'; found {crossings.Count}";
            return false;
        }

        if (spec.Kind == QoiKind.FirstCrossing)
        {
            quantity = new Quantity(crossings[0], time.Unit);
            return true;
        }

        // Mean of successive spacings, written as the telescoped sum (t_last − t_first)/(k − 1): identical in exact
        // arithmetic, and one subtraction instead of k − 1 rounded ones.
        var period = (crossings[^1] - crossings[0]) / (crossings.Count - 1);
        quantity = spec.Kind == QoiKind.Period
            ? new Quantity(period, time.Unit)
            : new Quantity(1.0 / period, Reciprocal(time.Unit));
        return true;
    }

    private static bool TryIn(Quantity? quantity, Unit target, string missing, out double value, [NotNullWhen(false)] out string? error)
    {
        value = double.NaN;
        error = null;
        if (quantity is not { } q)
        {
            error = missing;
            return false;
        }

        if (!q.Unit.IsCompatibleWith(target))
        {
            error = $"'{q}' is not compatible with '{target.Symbol}' ({target.Dimension})";
            return false;
        }

        value = q.In(target);
        return true;
    }

    // "1/ms" for a plain symbol; a compound one is parenthesised so that it parses as a whole.
    private static Unit Reciprocal(Unit timeUnit) =>
        Unit.Parse(timeUnit.Symbol.All(char.IsLetter) ? $"1/{timeUnit.Symbol}" : $"1/({timeUnit.Symbol})");
}
