using TwinVal.Harness.Comparison;
using TwinVal.Harness.Data;

namespace TwinVal.Harness.Execution;

/// <summary>
/// Checks a solver's output against the request that produced it, before any comparison: every requested variable
/// present in a compatible unit, a finite and strictly increasing time axis on exactly the requested sample times, and
/// no NaN or ±∞. Every problem found is reported, not just the first.
/// </summary>
public static class OutputValidator
{
    /// <summary>Null when the output is usable; otherwise an <see cref="RunFailureKind.InvalidOutput"/> failure listing every problem.</summary>
    public static RunFailure? Validate(SolveRequest request, SolverOutput output)
    {
        var problems = new List<string>();
        var table = output.Series;
        CheckVariables(request, table, problems);
        CheckTime(request, table.Time, problems);
        // Only requested variables are read downstream, so only they must be finite; extra columns are the solver's own.
        foreach (var variable in request.Outputs.Variables)
        {
            if (table.Find(variable.Name) is { } column && InputGuards.NonFinite(column, table.Time, "non-finite value") is { } nonFinite)
            {
                problems.Add(nonFinite);
            }
        }

        return problems.Count == 0
            ? null
            : new RunFailure(RunFailureKind.InvalidOutput, $"invalid output for case '{request.CaseId}': {string.Join("; ", problems)}");
    }

    private static void CheckVariables(SolveRequest request, SeriesTable table, List<string> problems)
    {
        var missing = request.Outputs.Variables.Where(v => table.Find(v.Name) is null).Select(v => $"'{v.Name}'").ToList();
        if (missing.Count > 0)
        {
            var present = table.Columns.Select(c => $"'{c.Name}'").ToList();
            problems.Add($"missing variable(s) {string.Join(", ", missing)}; present: {(present.Count == 0 ? "none" : string.Join(", ", present))}");
        }

        foreach (var variable in request.Outputs.Variables)
        {
            if (table.Find(variable.Name) is { } column && !column.Unit.IsCompatibleWith(variable.Unit))
            {
                problems.Add($"'{variable.Name}' is in '{column.Unit.Symbol}' ({column.Unit.Dimension}), not compatible with the " +
                             $"requested '{variable.Unit.Symbol}' ({variable.Unit.Dimension})");
            }
        }
    }

    private static void CheckTime(SolveRequest request, Series time, List<string> problems)
    {
        var requestedUnit = request.Outputs.TimeUnit;
        if (!time.Unit.IsCompatibleWith(requestedUnit))
        {
            problems.Add($"time axis is in '{time.Unit.Symbol}' ({time.Unit.Dimension}), not a time unit like the requested '{requestedUnit.Symbol}'");
            return;
        }

        if (InputGuards.NonFinite(time, time, "non-finite time") is { } nonFinite)
        {
            problems.Add(nonFinite);
            return;
        }

        var t = time.ConvertTo(requestedUnit).Values;
        for (var i = 1; i < t.Length; i++)
        {
            if (!(t[i] > t[i - 1]))
            {
                problems.Add($"time axis is not strictly increasing at row {i + 1}: {NumberText.Num(t[i - 1])} then {NumberText.Num(t[i], requestedUnit.Symbol)}");
                return;
            }
        }

        var expected = request.Outputs.SampleTimes;
        if (t.Length != expected.Length)
        {
            problems.Add($"{t.Length} time points, but {expected.Length} sample times were requested");
            return;
        }

        // Same tolerance as the comparer's grid matching: 1e-9 of the requested span absorbs decimal round trips.
        var span = expected.Length == 0 ? 0.0 : expected[^1] - expected[0];
        var tolerance = GridAligner.TimeMatchTolerance * (span > 0.0 ? span : Math.Abs(expected.Length == 0 ? 0.0 : expected[0]));
        for (var i = 0; i < t.Length; i++)
        {
            if (Math.Abs(t[i] - expected[i]) > tolerance)
            {
                problems.Add($"row {i + 1} has t = {NumberText.Num(t[i], requestedUnit.Symbol)}, but "
                             + $"{NumberText.Num(expected[i], requestedUnit.Symbol)} was requested (tolerance {NumberText.Num(tolerance)})");
                return;
            }
        }
    }
}
