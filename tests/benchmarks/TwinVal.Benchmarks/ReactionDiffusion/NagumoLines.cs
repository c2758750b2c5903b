using TwinVal.Numerics;
using TwinVal.Numerics.ReactionDiffusion;
using TwinVal.Numerics.Stabilized;

namespace TwinVal.Benchmarks.ReactionDiffusion;

/// <summary>
/// The method-of-lines system of <see cref="NagumoPlane"/> for TwinVal's ODE integrators: f(u) = L u + u(1 − u)(u − a)
/// with L the <see cref="DiffusionOperator"/>. The integrator's spans go straight into
/// <see cref="DiffusionOperator.ApplySpan"/>, which writes L u into dydt; one more pass adds the reaction
/// (56 B per cell: Apply 32, then read y and dydt, write dydt 24; the bandwidth count in BandwidthBound states it).
/// </summary>
internal readonly struct NagumoLines : IOdeSystem
{
    private readonly DiffusionOperator op;
    private readonly int threads;

    /// <summary>Creates the system.</summary>
    /// <param name="threads">Threads for the diffusion operator (−1: all processors).</param>
    public NagumoLines(int threads)
    {
        op = NagumoPlane.CreateOperator();
        this.threads = threads;
    }

    /// <summary>
    /// Upper bound of the spectral radius of ∂f/∂u (1/time) for <see cref="RungeKuttaChebyshev"/>: Gershgorin puts L's
    /// eigenvalues in [−8D/dx², 0] (2-D, no flux), and the reaction's derivative −3u² + 2(1 + a)u − a lies in [−0.9, 0.31]
    /// for u ∈ [0, 1] (its extremes at u = 1 and u = (1 + a)/3), so 8D/dx² + 1 bounds the whole Jacobian's.
    /// </summary>
    public static double SpectralRadius => (8 * NagumoPlane.Diffusion / (NagumoPlane.Grid.Dx * NagumoPlane.Grid.Dx)) + 1.0;

    /// <inheritdoc/>
    public int Dimension => op.Grid.CellCount;

    /// <inheritdoc/>
    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        op.ApplySpan(y, dydt, 1.0, threads);
        for (var c = 0; c < dydt.Length; c++)
        {
            dydt[c] += NagumoPlane.Reaction(y[c]);
        }
    }

    /// <inheritdoc/>
    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
