using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology;

/// <summary>
/// Built-in solver of model <c>simeoni-tgi</c>, the Simeoni tumour-growth-inhibition model (Simeoni et al. 2004,
/// Cancer Res 64:1094, doi:10.1158/0008-5472.CAN-03-2524) with three transit compartments, driven by one-compartment
/// IV pharmacokinetics. Parameters <c>lambda0</c>, <c>lambda1</c>, <c>k1</c>, <c>k2</c>, <c>psi</c> (tumour) and
/// <c>CL</c>, <c>V</c> (drug); states <c>C</c> (plasma concentration), <c>x1</c> (proliferating), <c>x2</c>,
/// <c>x3</c> (damaged, in transit) and <c>w</c> (total tumour volume, w ≥ x1 + x2 + x3); input <c>dose_rate</c>.
/// </summary>
/// <param name="clock">Clock for the wall time in the diagnostics; <see cref="TimeProvider.System"/> when null.</param>
public sealed class SimeoniSolver(TimeProvider? clock = null) : BuiltInSolver(ModelId, clock)
{
    /// <summary>The model id this solver implements.</summary>
    public const string ModelId = "simeoni-tgi";

    private static readonly Unit LinearRate = Unit.Parse("mm^3/day");
    private static readonly Unit Potency = Unit.Parse("L/mg/day");
    private static readonly Unit Clearance = Unit.Parse("L/day");
    private static readonly Unit DoseRate = Unit.Parse("mg/day");

    private static readonly string[] TransitStates = ["x1", "x2", "x3"];

    private static readonly OdeModel Model = new(
        ModelId,
        GrowthUnits.Day,
        [
            new StateVariable("C", PkUnits.Concentration), new StateVariable("x1", GrowthUnits.Volume), new StateVariable("x2", GrowthUnits.Volume),
            new StateVariable("x3", GrowthUnits.Volume), new StateVariable("w", GrowthUnits.Volume),
        ]);

    /// <inheritdoc/>
    protected override SolverOutput Solve(SolveRequest request, CancellationToken cancellationToken)
    {
        var parameters = new SimeoniParameters(
            RequestReader.Parameter(request, "lambda0", GrowthUnits.PerDay),
            RequestReader.Parameter(request, "lambda1", LinearRate),
            RequestReader.Parameter(request, "k1", GrowthUnits.PerDay),
            RequestReader.Parameter(request, "k2", Potency, positive: false),
            RequestReader.Parameter(request, "psi", PkUnits.Fraction),
            RequestReader.Parameter(request, "CL", Clearance),
            RequestReader.Parameter(request, "V", PkUnits.Volume));
        if (parameters.K2 < 0)
        {
            throw new SolverException($"case '{request.CaseId}': parameter 'k2' = {request.Parameter("k2").Quantity} must not be negative");
        }

        PkChecks.NonNegativeInitial(request, "C", PkUnits.Concentration);
        var x = TransitStates.Sum(name => PkChecks.NonNegativeInitial(request, name, GrowthUnits.Volume));
        var w = RequestReader.Initial(request, "w", GrowthUnits.Volume, positive: true);

        // x4 = w − x1 − x2 − x3 is a compartment of damaged cells and cannot be negative (a small rounding slack allowed).
        if (w < x * (1 - 1e-12))
        {
            throw new SolverException(
                $"case '{request.CaseId}': initial w = {request.Initial("w").Quantity} is smaller than x1 + x2 + x3 = {x:R} mm^3; " +
                "w is the total tumour volume including the last transit compartment");
        }

        var doseRate = RequestReader.Input(request, "dose_rate", DoseRate, Model.TimeUnit);
        var system = new SimeoniSystem(parameters, doseRate);
        return OdeRun.Run(request, Model, ref system, [doseRate], Clock, cancellationToken);
    }
}
