using System.Collections.Immutable;
using System.Globalization;

namespace TwinVal.Harness.Evidence.Stochastic;

/// <summary>
/// The mean and variance tests of the SBML discrete stochastic models test suite (Evans, Gillespie &amp; Wilkinson 2008,
/// Bioinformatics 24:285–286, doi:10.1093/bioinformatics/btm566; definitions as in sbml-test-suite cases/stochastic/README.md):
/// Z = √N·(X̄ − μ)/σ is approximately N(0, 1) for a correct simulator, and Y = √(N/2)·(S²/σ² − 1) approximately N(0, 1)
/// when the output is near normal; the suite accepts |Z| &lt; 3 and |Y| &lt; 5.
/// </summary>
public static class MomentTest
{
    /// <summary>Tests <paramref name="samples"/> (one value per seeded run) against reference mean and standard deviation.</summary>
    public static MomentTestResult Evaluate(ReadOnlySpan<double> samples, double expectedMean, double expectedStandardDeviation, MomentTestBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        var n = samples.Length;
        var problem = Problem(samples, expectedMean, expectedStandardDeviation, bounds);
        if (problem is not null)
        {
            var error = EvidenceCheck.Unevaluable("moment-mean", bounds.MeanBound, "1", problem);
            var errorY = EvidenceCheck.Unevaluable("moment-variance", bounds.VarianceBound, "1", problem);
            return new MomentTestResult(n, double.NaN, double.NaN, expectedMean, expectedStandardDeviation, double.NaN, double.NaN, error, errorY, Judging.Verdict.Error);
        }

        // Welford: one pass, stable when the mean is large against the spread (molecule counts).
        double mean = 0, m2 = 0;
        for (var i = 0; i < n; i++)
        {
            var delta = samples[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (samples[i] - mean);
        }

        var variance = m2 / (n - 1);
        double z, y;
        if (expectedStandardDeviation == 0)
        {
            // A deterministic reference point (σ = 0, e.g. the initial state): every run must hit μ exactly.
            var exact = mean == expectedMean && variance == 0;
            z = exact ? 0 : double.PositiveInfinity;
            y = exact ? 0 : double.PositiveInfinity;
        }
        else
        {
            z = Math.Sqrt(n) * (mean - expectedMean) / expectedStandardDeviation;
            y = Math.Sqrt(n / 2.0) * ((variance / (expectedStandardDeviation * expectedStandardDeviation)) - 1);
        }

        var meanCheck = EvidenceCheck.AtMost(
            "moment-mean", Math.Abs(z), bounds.MeanBound, "1",
            Invariant($"|Z| = |√N·(X̄ − μ)/σ| with N = {n}, X̄ = {mean:G6}, μ = {expectedMean:G6}, σ = {expectedStandardDeviation:G6}"));
        var varianceCheck = EvidenceCheck.AtMost(
            "moment-variance", Math.Abs(y), bounds.VarianceBound, "1",
            Invariant($"|Y| = |√(N/2)·(S²/σ² − 1)| with N = {n}, S² = {variance:G6}, σ² = {expectedStandardDeviation * expectedStandardDeviation:G6}"));
        return new MomentTestResult(
            n, mean, variance, expectedMean, expectedStandardDeviation, z, y, meanCheck, varianceCheck,
            EvidenceCheck.Combine([meanCheck, varianceCheck]));
    }

    /// <summary>
    /// Tests every output point of a time course: <paramref name="runs"/> holds one array per seeded run, each with a value
    /// per point; point j is judged against <paramref name="expectedMeans"/>[j] and <paramref name="expectedStandardDeviations"/>[j].
    /// A run of the wrong length makes every point an Error, never a silent truncation.
    /// </summary>
    public static ImmutableArray<MomentTestResult> EvaluateTimeCourse(
        IReadOnlyList<double[]> runs, IReadOnlyList<double> expectedMeans, IReadOnlyList<double> expectedStandardDeviations, MomentTestBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(expectedMeans);
        ArgumentNullException.ThrowIfNull(expectedStandardDeviations);
        var points = expectedMeans.Count;
        var badRun = -1;
        for (var i = 0; i < runs.Count && badRun < 0; i++)
        {
            badRun = runs[i] is null || runs[i].Length != points ? i : -1;
        }

        var lengthProblem = expectedStandardDeviations.Count != points
            ? Invariant($"{expectedMeans.Count} reference means but {expectedStandardDeviations.Count} standard deviations")
            : badRun >= 0
            ? Invariant($"run {badRun} has {runs[badRun]?.Length ?? 0} values; the reference has {points} points")
            : null;
        var column = new double[runs.Count];
        var results = ImmutableArray.CreateBuilder<MomentTestResult>(points);
        for (var j = 0; j < points; j++)
        {
            if (lengthProblem is not null)
            {
                var error = EvidenceCheck.Unevaluable("moment-mean", bounds.MeanBound, "1", lengthProblem);
                results.Add(new MomentTestResult(runs.Count, double.NaN, double.NaN, expectedMeans[j], double.NaN, double.NaN, double.NaN, error, error with { Metric = "moment-variance", Limit = bounds.VarianceBound }, Judging.Verdict.Error));
                continue;
            }

            for (var i = 0; i < runs.Count; i++)
            {
                column[i] = runs[i][j];
            }

            results.Add(Evaluate(column, expectedMeans[j], expectedStandardDeviations[j], bounds));
        }

        return results.MoveToImmutable();
    }

    private static string? Problem(ReadOnlySpan<double> samples, double mu, double sigma, MomentTestBounds bounds)
    {
        if (samples.Length < Math.Max(2, bounds.MinimumRuns))
        {
            return Invariant($"{samples.Length} runs given; the declared minimum is {Math.Max(2, bounds.MinimumRuns)}");
        }

        if (!double.IsFinite(mu) || !(sigma >= 0) || !double.IsFinite(sigma))
        {
            return Invariant($"the reference needs a finite mean and a finite σ ≥ 0; got μ = {mu}, σ = {sigma}");
        }

        if (!(bounds.MeanBound > 0) || !(bounds.VarianceBound > 0))
        {
            return Invariant($"bounds must be > 0; got mean ±{bounds.MeanBound}, variance ±{bounds.VarianceBound}");
        }

        foreach (var value in samples)
        {
            if (!double.IsFinite(value))
            {
                return Invariant($"a run returned a non-finite value ({value})");
            }
        }

        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
