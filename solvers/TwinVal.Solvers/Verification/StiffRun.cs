using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Data;
using TwinVal.Harness.Execution;
using TwinVal.Numerics;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// The part the stiff test-set solvers share: Rodas4 (Hairer &amp; Wanner, Solving ODEs II, 2nd ed., §IV.7,
/// doi:10.1007/978-3-642-05221-7) with the system's analytic Jacobian (<c>rodas4</c>, the default) or forward-difference
/// Jacobians (<c>rodas4-fd</c>); any other numerics method is refused. Tolerances come from the case (rtol, atol in the
/// states' internal units) or the shared defaults.
/// </summary>
internal static class StiffRun
{
    /// <summary>Method name of Rodas4 with a finite-difference Jacobian.</summary>
    public const string FiniteDifferenceMethod = "rodas4-fd";

    /// <summary>
    /// Step budget: ROBER to t = 1e11 at rtol 1e-10 takes a few thousand steps; ten million only stops a runaway
    /// (a case asking for an absurdly tight tolerance) with a clear message instead of running for hours.
    /// </summary>
    private const long MaxSteps = 10_000_000;

    /// <summary>Integrates <paramref name="system"/> for <paramref name="request"/> with Rodas4 and packages the result.</summary>
    /// <exception cref="SolverException">Any failure the request or the integration explains.</exception>
    public static SolverOutput Run<TSystem>(SolveRequest request, OdeModel model, TSystem system, double[] y0, TimeProvider clock, CancellationToken cancellationToken)
        where TSystem : IOdeJacobian
    {
        var started = clock.GetTimestamp();
        if (!string.Equals(request.Model.Id, model.Id, StringComparison.Ordinal))
        {
            throw new SolverException($"case '{request.CaseId}' is for model '{request.Model.Id}', but this solver implements '{model.Id}'");
        }

        var method = request.Numerics.Method ?? Rodas4.MethodName;
        var analytic = string.Equals(method, Rodas4.MethodName, StringComparison.OrdinalIgnoreCase);
        if (!analytic && !string.Equals(method, FiniteDifferenceMethod, StringComparison.OrdinalIgnoreCase))
        {
            throw new SolverException(
                $"case '{request.CaseId}': numerics method '{method}' is not offered by the built-in solver of '{model.Id}', a stiff problem; " +
                $"choose one of: {Rodas4.MethodName} (analytic Jacobian), {FiniteDifferenceMethod} (finite-difference Jacobian)");
        }

        var notes = ImmutableArray.CreateBuilder<string>();
        var rtol = request.Numerics.RelativeTolerance ?? IntegratorChoice.DefaultRelativeTolerance;
        var atol = request.Numerics.AbsoluteTolerance ?? IntegratorChoice.DefaultAbsoluteTolerance;
        if (request.Numerics.RelativeTolerance is null || request.Numerics.AbsoluteTolerance is null)
        {
            notes.Add(Invariant($"default tolerances applied where the case gives none: rtol = {rtol:R}, atol = {atol:R} (state units)"));
        }

        if (!(rtol > 0) || !(atol >= 0) || !double.IsFinite(rtol + atol))
        {
            throw new SolverException(Invariant($"case '{request.CaseId}': rtol must be positive and atol non-negative, both finite (rtol = {rtol:R}, atol = {atol:R})"));
        }

        var columns = OdeRun.RequestedStates(request, model);
        var t0 = RequestReader.Convert(request, "protocol start time", request.Protocol.StartTime, model.TimeUnit, positive: false);
        var times = OdeRun.SampleTimes(request, model, t0);
        var n = model.States.Length;
        var result = new double[times.Length * n];
        var options = new IntegrationOptions { RelativeTolerance = rtol, AbsoluteTolerance = atol, MaxSteps = MaxSteps };
        IntegrationStatistics stats;
        try
        {
            stats = analytic
                ? Rodas4.IntegrateWithJacobian(ref system, t0, y0, times, result, options, cancellationToken)
                : Rodas4.Integrate(ref system, t0, y0, times, result, options, cancellationToken);
        }
        catch (IntegrationException ex)
        {
            throw new SolverException($"case '{request.CaseId}', model '{model.Id}' ({method}): {ex.Message}", ex);
        }

        var table = OdeRun.Table(request, model, columns, times.Length, result);
        notes.Add(Invariant($"{(analytic ? "analytic" : "forward-difference")} Jacobian; {stats.LuDecompositions} LU decompositions"));
        var diagnostics = new SolverDiagnostics(
            analytic ? Rodas4.MethodName : FiniteDifferenceMethod, stats.AcceptedSteps, stats.RejectedSteps, stats.RhsEvaluations, stats.JacobianEvaluations,
            clock.GetElapsedTime(started), notes.ToImmutable());
        return new SolverOutput(table, [], diagnostics);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
