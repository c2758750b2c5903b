namespace TwinVal.Numerics.Stabilized;

/// <summary>
/// An upper bound of the spectral radius of the Jacobian ∂f/∂y, which <see cref="RungeKuttaChebyshev"/> uses to choose
/// the number of stages of each step. The method is stable only for eigenvalues inside its stability interval, so the
/// bound must not be too small (too large only costs stages): for a method-of-lines Laplacian with face weights D/h² the
/// Gershgorin bound 4·Σ_axes D/h² (8D/h² in 2-D) plus a Lipschitz bound of the reaction is the usual choice.
/// </summary>
public interface ISpectralRadius
{
    /// <summary>Returns a finite, non-negative upper bound of the spectral radius of ∂f/∂y at (<paramref name="t"/>, <paramref name="y"/>).</summary>
    /// <param name="t">Time.</param>
    /// <param name="y">State; must not be kept.</param>
    /// <returns>The bound (1/time).</returns>
    double Estimate(double t, ReadOnlySpan<double> y);
}
