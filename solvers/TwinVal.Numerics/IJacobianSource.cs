namespace TwinVal.Numerics;

/// <summary>How a linearly implicit method obtains ∂f/∂y and ∂f/∂t: analytic from the system or by finite differences.</summary>
/// <typeparam name="TSystem">The system type.</typeparam>
internal interface IJacobianSource<TSystem>
    where TSystem : IOdeSystem
{
    /// <summary>
    /// Writes ∂f/∂y (row-major) and ∂f/∂t at (t, y), given f0 = f(t, y), the step about to be tried (a time scale) and
    /// the integrator's tolerances (the error weights 1/(rtol·|y_i| + atol), which scale difference increments);
    /// returns the right-hand-side evaluations spent.
    /// </summary>
    int Evaluate(
        ref TSystem system, double t, double h, double rtol, double atol, ReadOnlySpan<double> y, ReadOnlySpan<double> f0,
        Span<double> dfdy, Span<double> dfdt, Span<double> scratchY, Span<double> scratchF);
}
