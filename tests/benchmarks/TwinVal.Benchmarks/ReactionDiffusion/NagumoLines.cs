using TwinVal.Numerics;
using TwinVal.Numerics.ReactionDiffusion;
using TwinVal.Numerics.Stabilized;

namespace TwinVal.Benchmarks.ReactionDiffusion;

/// <summary>
/// The method-of-lines system of <see cref="NagumoPlane"/> for TwinVal's ODE integrators: f(u) = L u + u(1 − u)(u − a)
/// with L the <see cref="DiffusionOperator"/>. The integrator's spans go straight into
/// <see cref="DiffusionOperator.ApplyFused{TPointwise}"/>, which writes L u + f(u) into dydt in one pass over the grid
/// (32 B per cell with the face weights as stored: read y, wx, wy, write dydt; against 56 B for ApplySpan plus a
/// separate reaction pass; the bandwidth count in BandwidthBound states it).
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
        op.ApplyFused(y, dydt, default(Reaction), 1.0, threads);
    }

    /// <inheritdoc/>
    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }

    /// <summary>The Nagumo reaction u(1 − u)(u − a) as the fused apply's pointwise term.</summary>
    private readonly struct Reaction : IPointwiseTerm
    {
        public double Evaluate(int cell, double u) => NagumoPlane.Reaction(u);
    }
}
