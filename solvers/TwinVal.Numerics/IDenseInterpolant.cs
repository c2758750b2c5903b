namespace TwinVal.Numerics;

/// <summary>The continuous extension of one accepted step, in the step's normalised time θ ∈ [0, 1].</summary>
internal interface IDenseInterpolant
{
    /// <summary>Component <paramref name="component"/> of the interpolated state at θ.</summary>
    double Component(double theta, int component);

    /// <summary>The whole interpolated state at θ.</summary>
    void State(double theta, Span<double> destination);
}
