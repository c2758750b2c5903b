namespace TwinVal.Numerics;

/// <summary>
/// A system that supplies its analytic Jacobian ∂f/∂y and time derivative ∂f/∂t, for implicit and linearly implicit
/// methods (<c>Rodas4.IntegrateWithJacobian</c>). Systems without it are integrated with
/// <c>Rodas4.Integrate</c>, which approximates both by forward differences.
/// </summary>
public interface IOdeJacobian : IOdeSystem
{
    /// <summary>Writes ∂f/∂y and ∂f/∂t at (t, y); must not allocate and must not keep the spans.</summary>
    /// <param name="t">Time.</param>
    /// <param name="y">State, <see cref="IOdeSystem.Dimension"/> components.</param>
    /// <param name="dfdy">Destination for the Jacobian, row-major: <c>dfdy[i·n + j]</c> = ∂f_i/∂y_j.</param>
    /// <param name="dfdt">Destination for ∂f/∂t (zeros for an autonomous system).</param>
    void Jacobian(double t, ReadOnlySpan<double> y, Span<double> dfdy, Span<double> dfdt);
}
