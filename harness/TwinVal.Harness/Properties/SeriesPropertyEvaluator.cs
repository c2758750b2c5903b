using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Properties;

/// <summary>
/// Properties read from a single solve's series: bounds, non-negativity, conservation of a weighted sum, monotonicity in
/// time, periodicity and steady state. Each is judged at the output samples (the property's interval sets how finely).
/// </summary>
public sealed class SeriesPropertyEvaluator : IPropertyEvaluator
{
    /// <inheritdoc/>
    public ImmutableArray<ReferenceCase> Variants(PropertySpec spec, ReferenceCase point) => [point];

    /// <inheritdoc/>
    public PropertyOutcome Evaluate(PropertySpec spec, ImmutableArray<ReferenceCase> variants, ImmutableArray<SolverOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var output = outputs[0];
        if (spec.Kind == PropertyKind.Conservation)
        {
            return Conservation(spec, output);
        }

        var unit = spec.Min?.Unit ?? spec.Max?.Unit ?? spec.Atol?.Unit ?? OutputReader.UnitOf(output, spec.Variable!);
        if (OutputReader.Values(output, spec.Variable!, unit, out var reason) is not { } x)
        {
            return PropertyOutcome.Broken(reason);
        }

        var t = OutputReader.Seconds(output);
        var atol = spec.Atol?.In(unit) ?? 0.0;
        return spec.Kind switch
        {
            PropertyKind.Bounds => Bounds(spec, t, x, unit),
            PropertyKind.NonNegative => AtLeast(t, x, -atol, unit, $"min {spec.Variable} (non-negative within atol {atol:G6})"),
            PropertyKind.MonotoneInTime => Monotone(spec, t, x, atol, unit),
            PropertyKind.Periodic => Periodic(spec, t, x, atol, unit),
            PropertyKind.SteadyState => SteadyState(spec, t, x, atol, unit),
            PropertyKind.NoError => new PropertyOutcome(true, 0.0, 0.0, 0.0, "1", "solved with finite output"),
            _ => PropertyOutcome.Broken($"kind {spec.Kind} is not a series property"),
        };
    }

    private static PropertyOutcome Bounds(PropertySpec spec, double[] t, double[] x, Unit unit)
    {
        // The side with the larger excess is reported; with both inside, the tighter side (smaller margin).
        var lower = spec.Min is { } min ? AtLeast(t, x, min.In(unit), unit, $"min {spec.Variable}") : null;
        var upper = spec.Max is { } max ? AtMostAt(t, x, max.In(unit), unit, $"max {spec.Variable}") : null;
        return (lower, upper) switch
        {
            ({ } l, { } u) => l.Margin <= u.Margin ? l : u,
            ({ } l, null) => l,
            _ => upper!,
        };
    }

    private static PropertyOutcome AtLeast(double[] t, double[] x, double limit, Unit unit, string what)
    {
        var i = IndexOf(x, (a, b) => a < b);
        return new PropertyOutcome(x[i] >= limit, x[i], limit, x[i] - limit, unit.Symbol,
            Invariant($"{what} = {x[i]:G6} {unit.Symbol} at t = {t[i]:G6} s against a lower limit of {limit:G6} {unit.Symbol} (margin {x[i] - limit:G6})"));
    }

    private static PropertyOutcome AtMostAt(double[] t, double[] x, double limit, Unit unit, string what)
    {
        var i = IndexOf(x, (a, b) => a > b);
        return new PropertyOutcome(x[i] <= limit, x[i], limit, limit - x[i], unit.Symbol,
            Invariant($"{what} = {x[i]:G6} {unit.Symbol} at t = {t[i]:G6} s against an upper limit of {limit:G6} {unit.Symbol} (margin {limit - x[i]:G6})"));
    }

    private static PropertyOutcome Monotone(PropertySpec spec, double[] t, double[] x, double atol, Unit unit)
    {
        var from = spec.From?.In(SiUnits.Second) ?? double.NegativeInfinity;
        var sign = spec.Direction == MonotoneDirection.Increasing ? 1.0 : -1.0;
        var (worst, at) = (0.0, t[0]);
        for (var i = 1; i < x.Length; i++)
        {
            // A step against the direction is a reversal; its size is compared with atol (solver noise allowance).
            var reversal = sign * (x[i - 1] - x[i]);
            if (t[i - 1] >= from && reversal > worst)
            {
                (worst, at) = (reversal, t[i]);
            }
        }

        return PropertyOutcome.AtMost(worst, atol, unit.Symbol,
            Invariant($"largest step of {spec.Variable} against the {KebabOf(spec.Direction)} direction (at t = {at:G6} s)"));
    }

    private static PropertyOutcome Periodic(PropertySpec spec, double[] t, double[] x, double atol, Unit unit)
    {
        var period = spec.Period!.Value.In(SiUnits.Second);
        if (t[^1] - t[0] < period)
        {
            return PropertyOutcome.Broken(Invariant($"the solve spans {t[^1] - t[0]:G6} s, shorter than the period {period:G6} s"));
        }

        var (worst, at) = (double.NegativeInfinity, t[^1]);
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] < t[^1] - period)
            {
                continue;
            }

            // |x(t) − x(t − T)| − rtol·|x(t)| ≤ atol over the last period: the SBML-style mixed tolerance, restated as an excess.
            var earlier = Comparison.Interpolation.At(t, x, t[i] - period);
            var excess = Math.Abs(x[i] - earlier) - (spec.Rtol * Math.Abs(x[i]));
            if (excess > worst)
            {
                (worst, at) = (excess, t[i]);
            }
        }

        return PropertyOutcome.AtMost(worst, atol, unit.Symbol,
            Invariant($"|{spec.Variable}(t) − {spec.Variable}(t − {period:G6} s)| − {spec.Rtol:G3}·|{spec.Variable}| over the last period (worst at t = {at:G6} s)"));
    }

    private static PropertyOutcome SteadyState(PropertySpec spec, double[] t, double[] x, double atol, Unit unit)
    {
        var window = spec.Window!.Value.In(SiUnits.Second);
        var tail = x.Where((_, i) => t[i] >= t[^1] - window).ToArray();
        return PropertyOutcome.AtMost(tail.Max() - tail.Min(), atol, unit.Symbol,
            Invariant($"max − min of {spec.Variable} over the final {window:G6} s"));
    }

    private static PropertyOutcome Conservation(PropertySpec spec, SolverOutput output)
    {
        var unit = spec.SumUnit!;
        var t = OutputReader.Seconds(output);
        var sum = new double[t.Length];
        foreach (var term in spec.Terms)
        {
            if (OutputReader.Values(output, term.Variable, unit, out var reason) is not { } x)
            {
                return PropertyOutcome.Broken(reason);
            }

            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += term.Coefficient * x[i];
            }
        }

        var initial = sum[0];
        var i0 = IndexOf([.. sum.Select(s => Math.Abs(s - initial))], (a, b) => a > b);
        var limit = (spec.Atol?.In(unit) ?? 0.0) + (spec.Rtol * Math.Abs(initial));
        var expression = string.Join(" + ", spec.Terms.Select(term => Invariant($"{term.Coefficient:G6}·{term.Variable}")));
        return PropertyOutcome.AtMost(Math.Abs(sum[i0] - initial), limit, unit.Symbol,
            Invariant($"largest drift of {expression} from its initial {initial:G6} {unit.Symbol} (at t = {t[i0]:G6} s; limit atol + rtol·|initial|)"));
    }

    private static int IndexOf(double[] x, Func<double, double, bool> better)
    {
        var best = 0;
        for (var i = 1; i < x.Length; i++)
        {
            if (better(x[i], x[best]))
            {
                best = i;
            }
        }

        return best;
    }

    private static string KebabOf(MonotoneDirection direction) => Reporting.KebabCase.Of(direction);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
