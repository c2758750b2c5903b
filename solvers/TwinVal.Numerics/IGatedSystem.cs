namespace TwinVal.Numerics;

/// <summary>
/// A system split into gating variables, each obeying dy/dt = (y∞(V) − y)/τ(V) with y∞ and τ depending on the other
/// components only (Hodgkin–Huxley form), and the rest, for <see cref="RushLarsen"/>.
/// </summary>
public interface IGatedSystem : IOdeSystem
{
    /// <summary>True when component <paramref name="component"/> is a gate; asked once per integration.</summary>
    /// <param name="component">Component index.</param>
    bool IsGate(int component);

    /// <summary>
    /// Writes the steady state y∞ and the time constant τ (&gt; 0) of every gate at (t, y); entries of non-gate
    /// components are ignored. Must not allocate and must not keep the spans.
    /// </summary>
    /// <param name="t">Time.</param>
    /// <param name="y">State.</param>
    /// <param name="steadyState">Destination for y∞, one entry per component.</param>
    /// <param name="timeConstant">Destination for τ, one entry per component.</param>
    void GateKinetics(double t, ReadOnlySpan<double> y, Span<double> steadyState, Span<double> timeConstant);
}
