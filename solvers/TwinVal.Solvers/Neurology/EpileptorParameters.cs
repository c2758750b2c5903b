namespace TwinVal.Solvers.Neurology;

/// <summary>Epileptor parameters (all dimensionless, as in The Virtual Brain).</summary>
/// <param name="X0">x0, the epileptogenicity (excitability) of the node.</param>
/// <param name="Iext1">I_ext1 (I_rest1 in Jirsa et al. 2014), input to the fast population 1.</param>
/// <param name="Iext2">I_ext2 (I_rest2), input to population 2.</param>
/// <param name="R">r = 1/τ0, the slow permittivity variable's time scale.</param>
/// <param name="Slope">slope, linear coefficient of f1 for x1 ≥ 0 (0 in Jirsa et al. 2014).</param>
/// <param name="Tau2">τ2 (TVB's tau), time scale of y2.</param>
internal readonly record struct EpileptorParameters(double X0, double Iext1, double Iext2, double R, double Slope, double Tau2);
