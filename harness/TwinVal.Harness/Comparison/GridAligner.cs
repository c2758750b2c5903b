using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using TwinVal.Harness.Data;

namespace TwinVal.Harness.Comparison;

/// <summary>
/// Puts a solver's series on the reference's time grid and into the reference's units, so that every metric compares
/// like with like. Solvers are asked to sample on the reference grid; then values are taken as they are. Otherwise they
/// are interpolated linearly, and never extrapolated.
/// </summary>
public static class GridAligner
{
    /// <summary>Relative tolerance (of the reference time span) within which a solver time counts as a reference time.</summary>
    /// <remarks>
    /// 1e-9 of the span absorbs the rounding of times written as decimal text or accumulated as t₀ + k·Δt (about 1e-13
    /// relative per step for 1e4 steps) while still far below any sampling interval a case would use.
    /// </remarks>
    public const double TimeMatchTolerance = 1e-9;

    /// <summary>Alignment text when the solver sampled exactly on the reference grid.</summary>
    public const string OnGrid = "solver sampled on the reference grid";

    /// <summary>
    /// Aligns <paramref name="solution"/> (sampled at <paramref name="solverTime"/>) to <paramref name="referenceTime"/>,
    /// converting time and value units to the reference's. Fails with a message when units are incompatible, the solver's
    /// series holds NaN or ±∞, its times do not increase, or a reference time lies outside the solver's time range.
    /// </summary>
    public static bool TryAlign(
        Series referenceTime,
        Series reference,
        Series solverTime,
        Series solution,
        [NotNullWhen(true)] out ComparisonInput? input,
        [NotNullWhen(false)] out string? error)
    {
        input = null;
        error = Incompatible(referenceTime, solverTime, "time axis") ?? Incompatible(reference, solution, $"'{reference.Name}'");
        if (error is not null)
        {
            return false;
        }

        if (solverTime.Count == 0 || solverTime.Count != solution.Count)
        {
            error = $"solver output has {solverTime.Count} time points and {solution.Count} values of '{solution.Name}'";
            return false;
        }

        var time = solverTime.ConvertTo(referenceTime.Unit);
        var values = solution.ConvertTo(reference.Unit);
        error = InputGuards.NonFinite(time, time, "non-finite solver time")
            ?? InputGuards.NonFinite(values, time, "undeclared non-finite value")
            ?? NotIncreasing(time);
        if (error is not null)
        {
            return false;
        }

        var t = referenceTime.Values;
        var span = t.Length == 0 ? 0.0 : t[^1] - t[0];
        var tolerance = TimeMatchTolerance * (span > 0.0 ? span : Math.Abs(t.Length == 0 ? 0.0 : t[0]));
        var matches = Match(t, time.Values, tolerance);
        if (matches.All(m => m >= 0))
        {
            var direct = matches.Select(m => values.Values[m]).ToImmutableArray();
            input = new ComparisonInput(referenceTime, reference, values with { Values = direct }, OnGrid);
            return true;
        }

        return TryInterpolate(referenceTime, reference, time, values, matches, tolerance, out input, out error);
    }

    // Linear interpolation, chosen because it cannot overshoot: each value lies between its two neighbouring samples, so
    // bounds and signs of the solution (concentrations ≥ 0, volumes > 0) survive, and its error is bounded by
    // h²/8·max|y''| on each interval, a known quantity a reviewer can check against the tolerance. Higher-order schemes
    // (cubic splines) are more accurate for smooth data but ring near steps and upstrokes, inventing error that is not
    // the solver's. Since the harness asks solvers to sample on the reference grid, this path is the exception.
    private static bool TryInterpolate(
        Series referenceTime,
        Series reference,
        Series time,
        Series values,
        int[] matches,
        double tolerance,
        [NotNullWhen(true)] out ComparisonInput? input,
        [NotNullWhen(false)] out string? error)
    {
        input = null;
        error = null;
        var s = time.Values;
        var t = referenceTime.Values;
        var outside = t.Where(x => x < s[0] - tolerance || x > s[^1] + tolerance).ToList();
        if (outside.Count > 0)
        {
            var unit = referenceTime.Unit.Symbol;
            error = $"{outside.Count} reference time(s) lie outside the solver's time range [{NumberText.Num(s[0])}, " +
                    $"{NumberText.Num(s[^1], unit)}], first t = {NumberText.Num(outside[0], unit)}; the harness does not extrapolate";
            return false;
        }

        var aligned = new double[t.Length];
        for (var i = 0; i < t.Length; i++)
        {
            // Times within the match tolerance of the solver's ends are clamped onto them rather than refused.
            aligned[i] = matches[i] >= 0
                ? values.Values[matches[i]]
                : Interpolation.At(s.AsSpan(), values.Values.AsSpan(), Math.Clamp(t[i], s[0], s[^1]));
        }

        var offGrid = matches.Count(m => m < 0);
        var alignment = $"solver interpolated linearly from {s.Length} samples onto {t.Length} reference times " +
                        $"({offGrid} not among the solver's times; linear: no overshoot, error ≤ h²/8·max|y''| per interval)";
        input = new ComparisonInput(referenceTime, reference, values with { Values = ImmutableArray.Create(aligned) }, alignment);
        return true;
    }

    // For each reference time, the index of the solver time within tolerance of it, or −1. Both axes increase, so one
    // merge-like pass suffices.
    private static int[] Match(ImmutableArray<double> reference, ImmutableArray<double> solver, double tolerance)
    {
        var matches = new int[reference.Length];
        var j = 0;
        for (var i = 0; i < reference.Length; i++)
        {
            while (j < solver.Length && solver[j] < reference[i] - tolerance)
            {
                j++;
            }

            matches[i] = j < solver.Length && Math.Abs(solver[j] - reference[i]) <= tolerance ? j : -1;
        }

        return matches;
    }

    private static string? Incompatible(Series reference, Series solver, string what) =>
        solver.Unit.IsCompatibleWith(reference.Unit)
            ? null
            : $"{what}: solver unit '{solver.Unit.Symbol}' ({solver.Unit.Dimension}) is not compatible with reference unit " +
              $"'{reference.Unit.Symbol}' ({reference.Unit.Dimension})";

    private static string? NotIncreasing(Series time)
    {
        for (var i = 1; i < time.Count; i++)
        {
            if (!(time.Values[i] > time.Values[i - 1]))
            {
                return $"solver time axis is not strictly increasing at row {i + 1}: t = {NumberText.Num(time.Values[i - 1])} " +
                       $"then {NumberText.Num(time.Values[i], time.Unit.Symbol)}";
            }
        }

        return null;
    }
}
