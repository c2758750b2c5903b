using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// The cumulative derived doses of a fractionated course as output columns (Gy): after k fractions of d Gy,
/// <c>BED</c> = k·d·(1 + d/(α/β)) and <c>EQD2</c> = BED/(1 + 2 Gy/(α/β)) (Fowler 1989, Br J Radiol 62:679,
/// doi:10.1259/0007-1285-62-740-679) for the tumour's α/β = lq_alpha/lq_beta; <c>BED_late</c> and <c>EQD2_late</c> the
/// same for the α/β of a late-responding normal tissue, parameter <c>late_alpha_beta</c> (Gy). Right-continuous in
/// time like the volume: a sample at a fraction time counts that fraction.
/// </summary>
internal static class RadiotherapyDoses
{
    /// <summary>Names of the dose columns; any other requested name is a model state.</summary>
    public static readonly ImmutableArray<string> Names = ["BED", "EQD2", "BED_late", "EQD2_late"];

    private static readonly Unit Gray = Unit.Parse("Gy");

    /// <summary><paramref name="request"/> with the dose columns removed from the requested outputs.</summary>
    public static SolveRequest WithoutDoses(SolveRequest request) =>
        request with { Outputs = request.Outputs with { Variables = [.. request.Outputs.Variables.Where(v => !Names.Contains(v.Name))] } };

    /// <summary>
    /// <paramref name="states"/> (the run without dose columns) with the requested dose columns added, in the order
    /// <paramref name="request"/> asks for its outputs.
    /// </summary>
    /// <exception cref="SolverException">A dose column in a non-dose unit, a tumour BED without a finite positive α/β, or a late BED without <c>late_alpha_beta</c>.</exception>
    public static SolverOutput Append(SolverOutput states, SolveRequest request, OdeModel model, RadiotherapySchedule schedule)
    {
        var requested = request.Outputs.Variables;
        if (!requested.Any(v => Names.Contains(v.Name)))
        {
            return states;
        }

        var t0 = RequestReader.Convert(request, "protocol start time", request.Protocol.StartTime, model.TimeUnit, positive: false);
        var times = OdeRun.SampleTimes(request, model, t0);
        var columns = requested.Select(v => Names.Contains(v.Name)
            ? Column(request, v, schedule, times)
            : states.Series.Find(v.Name) ?? throw new SolverException($"case '{request.CaseId}': the run produced no column '{v.Name}'"));
        var table = new SeriesTable(states.Series.Time, [.. columns]);
        return states with { Series = table };
    }

    private static Series Column(SolveRequest request, OutputVariable variable, RadiotherapySchedule schedule, double[] times)
    {
        if (!variable.Unit.IsCompatibleWith(Gray))
        {
            throw new SolverException(
                $"case '{request.CaseId}' requests '{variable.Name}' in '{variable.Unit.Symbol}' ({variable.Unit.Dimension}); a dose is in Gy");
        }

        var late = variable.Name.EndsWith("_late", StringComparison.Ordinal);
        var alphaBeta = late ? RequestReader.Parameter(request, "late_alpha_beta", Gray) : schedule.AlphaBeta;
        if (!double.IsFinite(alphaBeta) || !(alphaBeta > 0))
        {
            throw new SolverException(
                $"case '{request.CaseId}' requests '{variable.Name}', but lq_alpha/lq_beta = {alphaBeta:G6} Gy is not a finite positive α/β " +
                "(lq_beta = 0 or lq_alpha = 0); give both > 0 or request only V");
        }

        var eqd2 = variable.Name.StartsWith("EQD2", StringComparison.Ordinal);
        var values = new double[times.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var k = schedule.CountUpTo(times[i]);
            values[i] = eqd2
                ? LinearQuadratic.EquivalentDoseIn2GyFractions(k, schedule.DosePerFraction, alphaBeta)
                : LinearQuadratic.BiologicallyEffectiveDose(k, schedule.DosePerFraction, alphaBeta);
        }

        // In Gy, as the model computes; the harness converts to the requested dose unit like any other column.
        return new Series(variable.Name, Gray, [.. values]);
    }
}
