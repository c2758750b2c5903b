using System.Collections.Immutable;

namespace TwinVal.Numerics;

/// <summary>Settings of one integration. Adaptive methods read the tolerances; fixed-step methods read <see cref="FixedStep"/>.</summary>
public sealed record IntegrationOptions
{
    /// <summary>Options with every default.</summary>
    public static IntegrationOptions Default { get; } = new();

    /// <summary>Relative local error tolerance of adaptive methods.</summary>
    public double RelativeTolerance { get; init; } = 1e-6;

    /// <summary>Absolute local error tolerance of adaptive methods, the same for every component.</summary>
    public double AbsoluteTolerance { get; init; } = 1e-9;

    /// <summary>Largest step an adaptive method may take; infinity for no limit.</summary>
    public double MaxStep { get; init; } = double.PositiveInfinity;

    /// <summary>First trial step of an adaptive method; 0 lets the integrator choose (Hairer's algorithm).</summary>
    public double InitialStep { get; init; }

    /// <summary>
    /// Largest step of a fixed-step method. Each interval between consecutive output and stop times is split into the
    /// fewest equal steps no longer than this, so that every output time is reached exactly.
    /// </summary>
    public double FixedStep { get; init; }

    /// <summary>Most steps (accepted plus rejected) before the integration gives up.</summary>
    public long MaxSteps { get; init; } = 1_000_000;

    /// <summary>
    /// Times where the right-hand side is discontinuous (input switches). The integrator lands on each exactly and
    /// restarts there, so no step straddles a jump. Times outside the integration interval are ignored.
    /// </summary>
    public ImmutableArray<double> StopTimes { get; init; } = [];
}
