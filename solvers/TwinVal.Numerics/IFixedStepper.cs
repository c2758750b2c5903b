namespace TwinVal.Numerics;

/// <summary>One step of a fixed-step method, for <see cref="FixedStepDriver"/>. Implemented by structs that own their work arrays.</summary>
/// <typeparam name="TSystem">The system the method advances.</typeparam>
internal interface IFixedStepper<TSystem>
    where TSystem : IOdeSystem
{
    /// <summary>Method name used in failure messages.</summary>
    string Name { get; }

    /// <summary>Right-hand-side evaluations per step.</summary>
    int EvaluationsPerStep { get; }

    /// <summary>Advances <paramref name="y"/> in place from <paramref name="t"/> by <paramref name="h"/>.</summary>
    void Step(ref TSystem system, double t, double h, Span<double> y);
}
