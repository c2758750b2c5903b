namespace TwinVal.Numerics;

/// <summary>The system's own ∂f/∂y and ∂f/∂t (<see cref="IOdeJacobian"/>); costs no right-hand-side evaluations.</summary>
/// <typeparam name="TSystem">The system type.</typeparam>
internal readonly struct AnalyticJacobian<TSystem> : IJacobianSource<TSystem>
    where TSystem : IOdeJacobian
{
    public int Evaluate(
        ref TSystem system, double t, double h, double rtol, double atol, ReadOnlySpan<double> y, ReadOnlySpan<double> f0,
        Span<double> dfdy, Span<double> dfdt, Span<double> scratchY, Span<double> scratchF)
    {
        system.Jacobian(t, y, dfdy, dfdt);
        return 0;
    }
}
