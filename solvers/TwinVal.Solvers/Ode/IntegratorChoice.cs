using System.Collections.Immutable;
using TwinVal.Harness.Execution;
using TwinVal.Numerics;

namespace TwinVal.Solvers.Ode;

/// <summary>The integrator and options a request's numerics settings select, in the model's internal units.</summary>
/// <param name="Method">Method name for diagnostics.</param>
/// <param name="Tableau">Fixed-step tableau; null for adaptive Dormand–Prince.</param>
/// <param name="Options">Options in internal units.</param>
/// <param name="Notes">Defaults that were applied, for the diagnostics.</param>
internal sealed record IntegratorChoice(string Method, ButcherTableau? Tableau, IntegrationOptions Options, ImmutableArray<string> Notes)
{
    /// <summary>
    /// Default relative tolerance. 1e-8 is cheap for a fifth-order method on non-stiff models and keeps the solver's
    /// error an order of magnitude below the tightest relative acceptance tolerances cases declare (1e-7).
    /// </summary>
    public const double DefaultRelativeTolerance = 1e-8;

    /// <summary>
    /// Default absolute tolerance, in the unit the case gives the initial state in: it only matters where a state passes
    /// near zero, and 1e-10 of the case's own unit is far below any acceptance atol.
    /// </summary>
    public const double DefaultAbsoluteTolerance = 1e-10;

    private static readonly ImmutableDictionary<string, ButcherTableau> FixedStepMethods = new Dictionary<string, ButcherTableau>
    {
        ["euler"] = ButcherTableau.ExplicitEuler,
        ["heun"] = ButcherTableau.Heun,
        ["rk4"] = ButcherTableau.ClassicRk4,
        ["dopri5-fixed"] = ButcherTableau.DormandPrince5,
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads <see cref="SolveRequest.Numerics"/>; atol is taken in the unit of the case's initial state and converted.</summary>
    /// <exception cref="SolverException">An unknown method, a fixed-step method without a step, or an invalid setting.</exception>
    public static IntegratorChoice From(SolveRequest request, OdeModel model)
    {
        var numerics = request.Numerics;
        var notes = ImmutableArray.CreateBuilder<string>();
        var rtol = numerics.RelativeTolerance ?? DefaultRelativeTolerance;
        var atol = numerics.AbsoluteTolerance ?? DefaultAbsoluteTolerance;
        if (numerics.RelativeTolerance is null || numerics.AbsoluteTolerance is null)
        {
            notes.Add($"default tolerances applied where the case gives none: rtol = {rtol:R}, atol = {atol:R} (initial-state units)");
        }

        if (!(rtol >= 0) || !(atol >= 0) || rtol + atol == 0 || !double.IsFinite(rtol + atol))
        {
            throw new SolverException($"case '{request.CaseId}': tolerances must be non-negative, finite and not both zero (rtol = {rtol:R}, atol = {atol:R})");
        }

        // One scalar atol serves every component: convert it from each state's case unit and keep the strictest.
        var internalAtol = model.States.Min(s => atol * request.Initial(s.Name).Quantity.Unit.FactorTo(s.Unit));
        var options = new IntegrationOptions { RelativeTolerance = rtol, AbsoluteTolerance = internalAtol };
        if (numerics.MaxStep is { } maxStep)
        {
            options = options with { MaxStep = RequestReader.Convert(request, "numerics max step", maxStep, model.TimeUnit, positive: true) };
        }

        var method = numerics.Method ?? DormandPrince54.MethodName;
        if (string.Equals(method, DormandPrince54.MethodName, StringComparison.OrdinalIgnoreCase))
        {
            return new IntegratorChoice(DormandPrince54.MethodName, null, options, notes.ToImmutable());
        }

        if (!FixedStepMethods.TryGetValue(method, out var tableau))
        {
            throw new SolverException(
                $"case '{request.CaseId}': numerics method '{method}' is not offered by the built-in solver of '{model.Id}'; " +
                $"choose one of: {DormandPrince54.MethodName}, {string.Join(", ", FixedStepMethods.Keys.Order(StringComparer.Ordinal))}");
        }

        if (numerics.FixedStep is not { } step)
        {
            throw new SolverException($"case '{request.CaseId}': numerics method '{method}' is a fixed-step method and needs a fixed step");
        }

        var h = RequestReader.Convert(request, "numerics fixed step", step, model.TimeUnit, positive: true);
        return new IntegratorChoice(tableau.Name, tableau, options with { FixedStep = h }, notes.ToImmutable());
    }
}
