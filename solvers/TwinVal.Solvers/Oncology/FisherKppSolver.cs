using TwinVal.Harness.Execution;
using TwinVal.Solvers.Ode;
using TwinVal.Solvers.Oncology.FisherKpp;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Built-in solver of model <c>fisher-kpp</c>, the proliferation–invasion (Fisher–KPP) glioma model
/// u_t = ∇·(D(x)∇u) + ρu(1 − u) (Swanson et al. 2000, Cell Prolif. 33:317, doi:10.1046/j.1365-2184.2000.00177.x) on a
/// Cartesian grid of 1, 2 or 3 dimensions (TwinVal.Numerics reaction–diffusion solver; Strang splitting, exact logistic
/// flow, explicit or — with numerics.method crank-nicolson — Crank–Nicolson diffusion). Parameters: <c>dimension</c>,
/// <c>D</c>, optional <c>D_white</c> with <c>white_matter_from</c> (white matter where x exceeds it), <c>rho</c>,
/// <c>domain_length</c>, <c>seed_radius</c>, <c>threshold_t1</c>/<c>threshold_t2</c> (visibility thresholds),
/// <c>speed_window</c> for speeds; initial value <c>u</c> (seed density). Grid spacing: numerics.dx.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class FisherKppSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "fisher-kpp";

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var crankNicolson = request.Numerics.Method switch
        {
            null or "explicit" => false,
            "crank-nicolson" => true,
            var other => throw FisherKppRequest.Fail(request, $"numerics.method '{other}' is not offered; use explicit or crank-nicolson"),
        };
        return FisherKppRun.Run(request, ModelId, s => new PlanarFisherKpp(s, crankNicolson, request.CaseId), Clock, cancellationToken);
    }
}
