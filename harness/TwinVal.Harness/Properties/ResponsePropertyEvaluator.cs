using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Properties;

/// <summary>
/// Relations between two solves, at the sample and with <c>parameter</c> scaled by <c>factor</c> k: monotone response
/// (the QoI moves in the declared direction when k &gt; 1) and metamorphic scaling (q(k·p) = k^exponent·q(p)).
/// </summary>
public sealed class ResponsePropertyEvaluator : IPropertyEvaluator
{
    /// <inheritdoc/>
    public ImmutableArray<ReferenceCase> Variants(PropertySpec spec, ReferenceCase point)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return [point, CaseVariants.Scaled(point, spec.Parameter!, spec.Factor)];
    }

    /// <inheritdoc/>
    public PropertyOutcome Evaluate(PropertySpec spec, ImmutableArray<ReferenceCase> variants, ImmutableArray<SolverOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (Qoi(spec, outputs[0], out var reason) is not { } q1 || Qoi(spec, outputs[1], out reason) is not { } q2raw)
        {
            return PropertyOutcome.Broken(reason);
        }

        if (!q2raw.Unit.IsCompatibleWith(q1.Unit))
        {
            return PropertyOutcome.Broken($"the two QoIs are in incompatible units ({q1.Unit.Symbol}, {q2raw.Unit.Symbol})");
        }

        var q2 = q2raw.In(q1.Unit);
        var unit = q1.Unit.Symbol;
        var atol = spec.Atol?.In(q1.Unit) ?? 0.0;
        var k = spec.Factor;
        var qoi = $"{Reporting.KebabCase.Of(spec.Qoi!.Kind)} of {spec.Variable}";
        if (spec.Kind == PropertyKind.MonotoneResponse)
        {
            // Scaling up (k > 1) must move q in the declared direction; scaling down (k < 1) in the opposite one.
            var sign = (spec.Direction == MonotoneDirection.Increasing ? 1.0 : -1.0) * Math.Sign(k - 1.0);
            var reversal = -sign * (q2 - q1.Value);
            return PropertyOutcome.AtMost(reversal, atol, unit, Invariant(
                $"{qoi} {q1.Value:G8} → {q2:G8} {unit} when {spec.Parameter} is scaled by {k:G6} (expected {Reporting.KebabCase.Of(spec.Direction)}); reversal"));
        }

        var expected = q1.Value * Math.Pow(k, spec.Exponent);
        var excess = Math.Abs(q2 - expected) - (spec.Rtol * Math.Abs(expected));
        return PropertyOutcome.AtMost(excess, atol, unit, Invariant(
            $"{qoi} {q1.Value:G10} → {q2:G10} {unit} when {spec.Parameter} is scaled by {k:G6}, expected ×{k:G6}^{spec.Exponent:G6} = {expected:G10}; |difference| − rtol·|expected|"));
    }

    private static Quantity? Qoi(PropertySpec spec, SolverOutput output, out string reason)
    {
        reason = string.Empty;
        if (output.Series.Find(spec.Variable!) is not { } values)
        {
            reason = $"the output has no column '{spec.Variable}'";
            return null;
        }

        if (!QoiExtractor.TryExtract(spec.Qoi!, output.Series.Time, values, out var quantity, out var error))
        {
            reason = $"no {Reporting.KebabCase.Of(spec.Qoi!.Kind)} of {spec.Variable}: {error}";
            return null;
        }

        return quantity;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
