using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Properties;

/// <summary>
/// Invariance under a declared transformation: the transformed solve must reproduce the sample's solve, variable by
/// variable, within atol + rtol·|x|. Time translation compares x'(t + shift) with x(t); relabelling compares the
/// swapped variable of the relabelled solve with the original; row permutation compares each variable of the solve with
/// reversed data-table rows with the original.
/// </summary>
public sealed class InvariancePropertyEvaluator : IPropertyEvaluator
{
    /// <inheritdoc/>
    public ImmutableArray<ReferenceCase> Variants(PropertySpec spec, ReferenceCase point)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Transformation switch
        {
            InvarianceTransformation.TimeTranslation => [point, CaseVariants.Translated(point, spec.Shift!.Value)],
            InvarianceTransformation.RowPermutation => [point, CaseVariants.RowsReversed(point)],
            _ => [point, CaseVariants.Swapped(point, spec.Swap)],
        };
    }

    /// <inheritdoc/>
    public PropertyOutcome Evaluate(PropertySpec spec, ImmutableArray<ReferenceCase> variants, ImmutableArray<SolverOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(spec);

        // Reversing fewer than two rows changes nothing: such a check could not fail, so it is an error, not a pass.
        if (spec.Transformation == InvarianceTransformation.RowPermutation && variants[0].DataTables.All(t => t.Keys.Length < 2))
        {
            return PropertyOutcome.Broken("row-permutation needs a data table with at least two rows; the case has none");
        }

        var shift = spec.Transformation == InvarianceTransformation.TimeTranslation ? spec.Shift!.Value.In(SiUnits.Second) : 0.0;
        var names = spec.Variable is { } only ? [only] : variants[0].Outputs.Variables.Select(v => v.Name).ToArray();
        PropertyOutcome? worst = null;
        foreach (var name in names)
        {
            var unit = OutputReader.UnitOf(outputs[0], name);
            var atol = spec.Atol is { } a && a.Unit.IsCompatibleWith(unit) ? a.In(unit) : 0.0;
            var other = Relabel(spec, name);
            if (OutputReader.Values(outputs[0], name, null, out var reason) is not { } x
                || OutputReader.Values(outputs[1], other, unit, out reason) is not { } y)
            {
                return PropertyOutcome.Broken(reason);
            }

            var t = OutputReader.Seconds(outputs[0]);
            var ty = OutputReader.Seconds(outputs[1]);
            var (excess, at) = (double.NegativeInfinity, t[0]);
            for (var i = 0; i < t.Length; i++)
            {
                // Compare only where the transformed solve has samples around t + shift (its span is the same length).
                var when = t[i] + shift;
                if (when < ty[0] || when > ty[^1])
                {
                    continue;
                }

                var e = Math.Abs(Comparison.Interpolation.At(ty, y, when) - x[i]) - (spec.Rtol * Math.Abs(x[i]));
                if (e > excess)
                {
                    (excess, at) = (e, t[i]);
                }
            }

            var outcome = PropertyOutcome.AtMost(excess, atol, unit.Symbol,
                Invariant($"|{other}' − {name}| − rtol·|{name}| under {Reporting.KebabCase.Of(spec.Transformation)} (worst at t = {at:G6} s)"));
            if (worst is null || outcome.Margin < worst.Margin || !outcome.Holds)
            {
                worst = outcome;
                if (!outcome.Holds)
                {
                    break;
                }
            }
        }

        return worst ?? PropertyOutcome.Broken("no output variable to compare");
    }

    private static string Relabel(PropertySpec spec, string name)
    {
        foreach (var (a, b) in spec.Swap)
        {
            if (name == a)
            {
                return b;
            }

            if (name == b)
            {
                return a;
            }
        }

        return name;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
