using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>Numerical settings a case asks of solvers. Every field is optional; solvers use their defaults otherwise.</summary>
/// <param name="RelativeTolerance">Relative local error tolerance for adaptive integrators.</param>
/// <param name="AbsoluteTolerance">Absolute local error tolerance for adaptive integrators (in each state's unit).</param>
/// <param name="Method">A method name the case prescribes (for example <c>rk4</c>); null lets the solver choose.</param>
/// <param name="FixedStep">Time step for fixed-step methods.</param>
/// <param name="MaxStep">Largest step an adaptive method may take.</param>
/// <param name="Dx">Grid spacing of spatially discretised models (a length); null lets the solver choose.</param>
public sealed record NumericsSettings(
    double? RelativeTolerance = null,
    double? AbsoluteTolerance = null,
    string? Method = null,
    Quantity? FixedStep = null,
    Quantity? MaxStep = null,
    Quantity? Dx = null)
{
    /// <summary>No settings: every solver uses its defaults.</summary>
    public static NumericsSettings Default { get; } = new();
}
