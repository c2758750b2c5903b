using TwinVal.Harness.Execution;
using TwinVal.Solvers.Ode;
using TwinVal.Solvers.Oncology.FisherKpp;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Built-in solver of model <c>fisher-kpp-radial</c>, the proliferation–invasion glioma model (Swanson et al. 2000,
/// Cell Prolif. 33:317, doi:10.1046/j.1365-2184.2000.00177.x) for a radially symmetric tumour in 1 (planar),
/// 2 (cylindrical) or 3 (spherical) dimensions: a 1-D finite-volume discretisation in r with exact shell volumes,
/// Strang splitting, exact logistic flow and explicit diffusion. Parameters as <see cref="FisherKppSolver"/>; white
/// matter lies where r exceeds <c>white_matter_from</c>.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class FisherKppRadialSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "fisher-kpp-radial";

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        if (request.Numerics.Method is not (null or "explicit"))
        {
            throw FisherKppRequest.Fail(request, $"numerics.method '{request.Numerics.Method}' is not offered; the radial solver is explicit");
        }

        return FisherKppRun.Run(request, ModelId, s => new RadialFisherKpp(s, request.CaseId), Clock, cancellationToken);
    }
}
