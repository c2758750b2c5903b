namespace TwinVal.Harness.Evidence.Uncertainty;

/// <summary>
/// A declared distribution of an uncertain input parameter, sampled by its quantile function so that Monte Carlo and
/// Latin hypercube designs share one code path.
/// </summary>
public interface IInputDistribution
{
    /// <summary>Distribution name as written in a case (<c>normal</c>, <c>uniform</c>, <c>lognormal</c>, <c>triangular</c>).</summary>
    string Kind { get; }

    /// <summary>Exact mean.</summary>
    double Mean { get; }

    /// <summary>Exact variance.</summary>
    double Variance { get; }

    /// <summary>The value below which a fraction <paramref name="probability"/> ∈ (0, 1) of the distribution lies.</summary>
    double Quantile(double probability);
}
