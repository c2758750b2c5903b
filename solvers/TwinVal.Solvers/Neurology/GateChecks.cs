using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using TwinVal.Solvers.Ode;

namespace TwinVal.Solvers.Neurology;

/// <summary>Checks on the initial values of gating variables, which are fractions of open gates.</summary>
internal static class GateChecks
{
    /// <summary>Each named initial value must be a number in [0, 1].</summary>
    /// <exception cref="SolverException">A gate is missing, not dimensionless, or outside [0, 1].</exception>
    public static void RequireFractions(SolveRequest request, IEnumerable<string> gates)
    {
        foreach (var gate in gates)
        {
            var value = RequestReader.Initial(request, gate, Unit.Parse("1"));
            if (!(value >= 0.0 && value <= 1.0))
            {
                throw new SolverException(
                    $"case '{request.CaseId}': initial value '{gate}' = {value:R} is a gating variable, the fraction of open " +
                    $"gates, and must lie in [0, 1] for model '{request.Model.Id}'");
            }
        }
    }
}
