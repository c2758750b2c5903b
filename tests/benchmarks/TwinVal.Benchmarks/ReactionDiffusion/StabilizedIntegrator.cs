using TwinVal.Numerics;
using TwinVal.Numerics.Stabilized;

namespace TwinVal.Benchmarks.ReactionDiffusion;

/// <summary>The shared signature of RungeKuttaChebyshev.Integrate and Rock4.Integrate on the Nagumo system (method group target).</summary>
internal delegate IntegrationStatistics StabilizedIntegrator(
    ref NagumoLines system,
    ISpectralRadius spectralRadius,
    double t0,
    ReadOnlySpan<double> y0,
    ReadOnlySpan<double> outputTimes,
    Span<double> output,
    IntegrationOptions options,
    CancellationToken cancellationToken);
