namespace TwinVal.Harness.Evidence.Convergence;

/// <summary>A least-squares fit log|e| = log|C| + p·log h over a ladder.</summary>
/// <param name="Order">Fitted slope p: the observed order.</param>
/// <param name="Coefficient">Fitted |C| (error magnitude at h = 1).</param>
/// <param name="RSquared">Coefficient of determination of the log–log fit (1 for an exact power law).</param>
/// <param name="Points">Number of (h, |e|) points fitted.</param>
/// <param name="Source">What was fitted: <c>error-vs-exact</c> or <c>successive-differences</c>.</param>
public sealed record OrderFit(double Order, double Coefficient, double RSquared, int Points, string Source);
