namespace TwinVal.Solvers.Cardiology.Cells;

/// <summary>Parameters of the Aliev–Panfilov cell (doi:10.1016/0960-0779(95)00089-5); all dimensionless but t_s [ms].</summary>
/// <param name="K">k, excitation rate constant.</param>
/// <param name="A">a, excitation threshold.</param>
/// <param name="Epsilon0">ε0, baseline recovery rate.</param>
/// <param name="Mu1">μ1, recovery-rate slope.</param>
/// <param name="Mu2">μ2, recovery-rate offset (keeps u + μ2 positive for u ≥ 0).</param>
/// <param name="TimeScale">t_s, ms per model time unit.</param>
internal sealed record AlievPanfilovParameters(double K, double A, double Epsilon0, double Mu1, double Mu2, double TimeScale);
