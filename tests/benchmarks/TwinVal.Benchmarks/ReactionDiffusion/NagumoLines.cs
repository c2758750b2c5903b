using TwinVal.Numerics;
using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Benchmarks.ReactionDiffusion;

/// <summary>
/// The method-of-lines system of <see cref="NagumoPlane"/> for TwinVal's ODE integrators: f(u) = L u + u(1 − u)(u − a)
/// with L the <see cref="DiffusionOperator"/>. Apply takes arrays, the integrator hands spans, so each call copies the
/// state into an array first (one extra read and write of the state; the bandwidth count in BandwidthBound states it).
/// </summary>
internal readonly struct NagumoLines : IOdeSystem
{
    private readonly DiffusionOperator op;
    private readonly double[] state;
    private readonly double[] diffusion;
    private readonly int threads;

    /// <summary>Creates the system with its work arrays.</summary>
    /// <param name="threads">Threads for the diffusion operator (−1: all processors).</param>
    public NagumoLines(int threads)
    {
        op = NagumoPlane.CreateOperator();
        state = new double[op.Grid.CellCount];
        diffusion = new double[op.Grid.CellCount];
        this.threads = threads;
    }

    /// <inheritdoc/>
    public int Dimension => state.Length;

    /// <inheritdoc/>
    public void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        y.CopyTo(state);
        op.Apply(state, diffusion, 1.0, threads);
        for (var c = 0; c < dydt.Length; c++)
        {
            dydt[c] = diffusion[c] + NagumoPlane.Reaction(y[c]);
        }
    }

    /// <inheritdoc/>
    public void BeginSegment(double segmentStart, double segmentEnd)
    {
    }
}
