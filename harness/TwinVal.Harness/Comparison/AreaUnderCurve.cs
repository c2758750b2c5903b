using System.Diagnostics.CodeAnalysis;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Comparison;

/// <summary>
/// The <see cref="QoiKind.Auc"/> quantity: ∫ v dt over a window by the trapezoid rule on the samples, the window's edges
/// read by linear interpolation (the rule every other QoI reads between samples with, so solver and reference series
/// are integrated alike). The trapezoid rule is exact for the piecewise-linear interpolant; its error against the true
/// integral is −(Δt²/12)·∫ v″ dt, which a case's sampling interval must make small.
/// </summary>
internal static class AreaUnderCurve
{
    public static bool TryIntegrate(QoiSpec spec, Series time, Series values, out Quantity quantity, [NotNullWhen(false)] out string? error)
    {
        quantity = default;
        var t = time.Values;
        var v = values.Values;
        if (!TryEdge(spec.WindowStart, time, t[0], "window start", out var from, out error) || !TryEdge(spec.WindowEnd, time, t[^1], "window end", out var to, out error))
        {
            return false;
        }

        if (!(to > from) || from < t[0] || to > t[^1])
        {
            error = $"auc window [{NumberText.Num(from)}, {NumberText.Num(to, time.Unit.Symbol)}] must be non-empty and inside the series' time range " +
                    $"[{NumberText.Num(t[0])}, {NumberText.Num(t[^1], time.Unit.Symbol)}]; QoIs are not extrapolated";
            return false;
        }

        var (previousTime, previousValue) = (from, Interpolation.At(t.AsSpan(), v.AsSpan(), from));
        var area = 0.0;
        for (var i = 0; i < t.Length && t[i] < to; i++)
        {
            if (t[i] > from)
            {
                area += 0.5 * (t[i] - previousTime) * (v[i] + previousValue);
                (previousTime, previousValue) = (t[i], v[i]);
            }
        }

        area += 0.5 * (to - previousTime) * (Interpolation.At(t.AsSpan(), v.AsSpan(), to) + previousValue);
        quantity = new Quantity(area, QoiExtractor.UnitOf(QoiKind.Auc, time.Unit, values.Unit));
        return true;
    }

    private static bool TryEdge(Quantity? edge, Series time, double fallback, string name, out double value, [NotNullWhen(false)] out string? error)
    {
        (value, error) = (fallback, null);
        if (edge is not { } q)
        {
            return true;
        }

        if (!q.Unit.IsCompatibleWith(time.Unit))
        {
            error = $"auc '{name}' = {q} is not a time compatible with '{time.Unit.Symbol}'";
            return false;
        }

        value = q.In(time.Unit);
        return true;
    }
}
