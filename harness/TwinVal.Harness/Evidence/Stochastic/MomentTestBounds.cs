namespace TwinVal.Harness.Evidence.Stochastic;

/// <summary>
/// Declared acceptance of a stochastic case: the number of runs and the bounds on the mean and variance statistics.
/// Defaults are the SBML discrete stochastic test suite's (Evans, Gillespie &amp; Wilkinson 2008, Bioinformatics 24:285,
/// doi:10.1093/bioinformatics/btm566; settings meanRange (−3, 3) and sdRange (−5, 5); at least 1 000 runs).
/// </summary>
/// <param name="MeanBound">|Z| must not exceed this.</param>
/// <param name="VarianceBound">|Y| must not exceed this.</param>
/// <param name="MinimumRuns">Fewer runs cannot be judged: the statistics are asymptotically normal only for large N.</param>
public sealed record MomentTestBounds(double MeanBound = 3.0, double VarianceBound = 5.0, int MinimumRuns = 1000);
