using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;

namespace TwinVal.Solvers.Ode;

/// <summary>Reads parameters, initial values and inputs of a request in a model's internal units, or says precisely why not.</summary>
internal static class RequestReader
{
    /// <summary>The parameter <paramref name="name"/> in <paramref name="unit"/>; it must be finite and, when asked, positive.</summary>
    /// <exception cref="SolverException">Missing, in an incompatible unit, not finite, or not positive.</exception>
    public static double Parameter(SolveRequest request, string name, Unit unit, bool positive = true) =>
        Convert(request, $"parameter '{name}'", request.Parameter(name).Quantity, unit, positive);

    /// <summary>The initial value <paramref name="name"/> in <paramref name="unit"/>.</summary>
    /// <exception cref="SolverException">Missing, in an incompatible unit, or not finite.</exception>
    public static double Initial(SolveRequest request, string name, Unit unit, bool positive = false) =>
        Convert(request, $"initial value '{name}'", request.Initial(name).Quantity, unit, positive);

    /// <summary>The input <paramref name="name"/> as a channel in the model's units; zero when the protocol does not drive it.</summary>
    /// <exception cref="SolverException">The input's unit cannot be converted to <paramref name="unit"/>.</exception>
    public static InputChannel Input(SolveRequest request, string name, Unit unit, Unit timeUnit)
    {
        var signal = request.Input(name);
        if (signal is null)
        {
            return InputChannel.Zero;
        }

        if (!signal.Unit.IsCompatibleWith(unit))
        {
            throw Incompatible(request, $"input '{name}'", signal.Unit, unit);
        }

        return new InputChannel(signal, signal.Unit.FactorTo(unit), SiUnits.Second.FactorTo(timeUnit));
    }

    /// <summary>A quantity of the request (a time, a step) in <paramref name="unit"/>.</summary>
    public static double Convert(SolveRequest request, string what, Quantity quantity, Unit unit, bool positive)
    {
        if (!quantity.Unit.IsCompatibleWith(unit))
        {
            throw Incompatible(request, what, quantity.Unit, unit);
        }

        var value = quantity.In(unit);
        if (!double.IsFinite(value) || (positive && !(value > 0)))
        {
            throw new SolverException(
                $"case '{request.CaseId}': {what} = {quantity} must be {(positive ? "positive and finite" : "finite")} for model '{request.Model.Id}'");
        }

        return value;
    }

    private static SolverException Incompatible(SolveRequest request, string what, Unit given, Unit expected) => new(
        $"case '{request.CaseId}': {what} is given in '{given.Symbol}' ({given.Dimension}), which cannot be converted to " +
        $"'{expected.Symbol}' ({expected.Dimension}) as model '{request.Model.Id}' requires");
}
