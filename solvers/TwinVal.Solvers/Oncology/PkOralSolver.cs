using TwinVal.Harness.Execution;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Built-in solver of model <c>pk-1c-oral</c>, one-compartment pharmacokinetics with first-order absorption from a
/// depot (Bateman 1910; Rowland &amp; Tozer, Clinical Pharmacokinetics and Pharmacodynamics, 4th ed. 2011, ch. 7).
/// Parameters <c>ka</c> (absorption rate constant), <c>CL</c> (clearance), <c>V</c> (volume of distribution) and
/// <c>F</c> (bioavailability, dimensionless, in (0, 1]); states <c>A_depot</c> (drug amount at the absorption site; an
/// oral dose D is its initial value) and <c>C</c> (plasma concentration).
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class PkOralSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "pk-1c-oral";

    private static readonly OdeModel Model = new(
        ModelId, PkUnits.Hour, [new StateVariable("A_depot", PkUnits.Amount), new StateVariable("C", PkUnits.Concentration)]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var absorptionRate = RequestReader.Parameter(request, "ka", PkUnits.PerHour);
        var clearance = RequestReader.Parameter(request, "CL", PkUnits.Clearance);
        var volume = RequestReader.Parameter(request, "V", PkUnits.Volume);
        var bioavailability = RequestReader.Parameter(request, "F", PkUnits.Fraction);
        if (bioavailability > 1)
        {
            throw new SolverException(
                $"case '{request.CaseId}': parameter 'F' = {request.Parameter("F").Quantity} is a bioavailability and must lie in (0, 1]");
        }

        PkChecks.NonNegativeInitial(request, "A_depot", PkUnits.Amount);
        PkChecks.NonNegativeInitial(request, "C", PkUnits.Concentration);
        var system = new PkOralSystem(absorptionRate, clearance, volume, bioavailability);
        return OdeRun.Run(request, Model, ref system, [], Clock, cancellationToken);
    }
}
