using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Solvers.Cardiology.Tissue;

/// <summary>
/// The bistable (Nagumo) reaction f(u) = u(1 − u)(u − a) per ms, the cubic caricature of an excitable membrane
/// (Nagumo, Arimoto &amp; Yoshizawa 1962, Proc. IRE 50:2061, doi:10.1109/JRPROC.1962.288235).
/// </summary>
internal readonly struct BistableReaction(double threshold) : IPointReaction
{
    public int Variables => 1;

    public void Evaluate(double t, ReadOnlySpan<double> state, Span<double> rate)
    {
        var u = state[0];
        rate[0] = u * (1 - u) * (u - threshold);
    }

    public bool TryAdvanceExactly(double t, double dt, Span<double> state) => false;
}
