using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Solvers.Verification;

/// <summary>
/// The consistent source of the manufactured solution v = Φ·sin t, s = −Φ·cos t with Φ = Π over the d active axes of
/// cos(2πx_i/L): v_t = Φ·cos t, D·∇²v = −(4π²·d·D/L²)·Φ·sin t and −s = Φ·cos t, so v_t = D∇²v − s + I holds with
/// I = (4π²·d·D/L²)·Φ·sin t (derivation in reference-cases/verification/rd-manufactured-*/provenance.md; in 2-D with
/// D = 1, L = 1 it is benchmarks.md's 8π² cos 2πx cos 2πy sin t).
/// </summary>
internal readonly struct ManufacturedSource(ManufacturedMode mode, double diffusivity) : IPointSource
{
    public double Source(double x, double y, double z, double t) => mode.DecayRate(diffusivity) * mode.At(x, y, z) * Math.Sin(t);
}
