using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Oncology;

/// <summary>Input checks the pharmacokinetic solvers share.</summary>
internal static class PkChecks
{
    /// <summary>The initial value <paramref name="name"/> in <paramref name="unit"/>; amounts and concentrations cannot be negative.</summary>
    /// <exception cref="SolverException">Missing, in an incompatible unit, not finite or negative.</exception>
    public static double NonNegativeInitial(SolveRequest request, string name, Unit unit)
    {
        var value = RequestReader.Initial(request, name, unit);
        return value >= 0
            ? value
            : throw new SolverException(
                $"case '{request.CaseId}': initial value '{name}' = {request.Initial(name).Quantity} must not be negative for model '{request.Model.Id}'");
    }
}
