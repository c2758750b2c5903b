using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Numerics.Tests.ReactionDiffusion.Systems;

/// <summary>
/// The manufactured source I = 4π²·(Σ_active D_ii)·Π_active cos 2πx_i · sin t. With v = Π cos 2πx_i · sin t and
/// s = −Π cos 2πx_i · cos t, v_t = cos·cos t, ∇·(D∇v) = −4π²(Σ D_ii)·Π cos · sin t and −s = Π cos · cos t, so
/// v_t = ∇·(D∇v) − s + I holds exactly; s_t = v holds trivially. In 2-D with D = 1 this is benchmarks.md's
/// I = 8π² cos 2πx cos 2πy sin t. Every ∂v/∂n vanishes on the unit box's faces, so the no-flux condition is exact.
/// </summary>
internal readonly struct MmsSource(int dimensions, double diffusionSum) : IPointSource
{
    public double Source(double x, double y, double z, double t) =>
        4 * Math.PI * Math.PI * diffusionSum * Mms.Mode(dimensions, x, y, z) * Math.Sin(t);
}
