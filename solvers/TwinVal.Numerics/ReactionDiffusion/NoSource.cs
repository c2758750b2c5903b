namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>No source: the JIT removes the call entirely.</summary>
public readonly struct NoSource : IPointSource
{
    /// <summary>Zero.</summary>
    /// <param name="x">x coordinate (unused).</param>
    /// <param name="y">y coordinate (unused).</param>
    /// <param name="z">z coordinate (unused).</param>
    /// <param name="t">Time (unused).</param>
    /// <returns>0.</returns>
    public double Source(double x, double y, double z, double t) => 0.0;
}
