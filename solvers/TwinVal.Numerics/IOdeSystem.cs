namespace TwinVal.Numerics;

/// <summary>
/// A system of ordinary differential equations y′ = f(t, y) of fixed dimension.
/// </summary>
/// <remarks>
/// Integrators take the system as a generic type parameter constrained to this interface
/// (<c>where TSystem : IOdeSystem</c>) and by <c>ref</c>. When the system is a struct the JIT compiles one copy of the
/// integrator per system type, so <see cref="Evaluate"/> is a direct, inlinable call: no delegate invocation, no
/// virtual dispatch and no boxing per right-hand-side evaluation, which is where an ODE solver spends its time.
/// </remarks>
public interface IOdeSystem
{
    /// <summary>Number of state components.</summary>
    int Dimension { get; }

    /// <summary>Writes f(t, y) into <paramref name="dydt"/>; must not allocate and must not keep the spans.</summary>
    /// <param name="t">Time.</param>
    /// <param name="y">State, <see cref="Dimension"/> components.</param>
    /// <param name="dydt">Destination for the derivative, <see cref="Dimension"/> components.</param>
    void Evaluate(double t, ReadOnlySpan<double> y, Span<double> dydt);

    /// <summary>
    /// Called by the integrator before it integrates the segment [<paramref name="segmentStart"/>, <paramref name="segmentEnd"/>]
    /// between two stop times. Systems with discontinuous inputs use it to evaluate their inputs on the inside of the
    /// segment, so that a stage evaluated exactly at a jump sees the limit from within the segment; systems with smooth
    /// right-hand sides leave it empty.
    /// </summary>
    /// <param name="segmentStart">Start of the segment.</param>
    /// <param name="segmentEnd">End of the segment.</param>
    void BeginSegment(double segmentStart, double segmentEnd);
}
