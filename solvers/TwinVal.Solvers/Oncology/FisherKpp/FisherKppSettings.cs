namespace TwinVal.Solvers.Oncology.FisherKpp;

/// <summary>
/// A proliferation–invasion problem in the solvers' internal units (mm, day): u_t = ∇·(D(x)∇u) + ρu(1 − u), seeded
/// with density <see cref="SeedDensity"/> inside <see cref="SeedRadius"/>, no flux on every face.
/// </summary>
/// <param name="Dimension">Space dimension 1, 2 or 3.</param>
/// <param name="GreyD">Diffusion coefficient of grey matter (everywhere when there is no white matter), mm²/day.</param>
/// <param name="WhiteD">Diffusion coefficient of white matter, mm²/day.</param>
/// <param name="WhiteFrom">White matter where the coordinate (x, or r in radial mode) exceeds this, mm; +∞ for none.</param>
/// <param name="Rho">Net proliferation rate, 1/day.</param>
/// <param name="DomainLength">Extent of the computational domain from the origin, mm.</param>
/// <param name="SeedRadius">Radius of the initial tumour, mm.</param>
/// <param name="SeedDensity">Initial density inside the seed, fraction of the carrying capacity.</param>
/// <param name="Dx">Grid spacing, mm.</param>
/// <param name="Dt">Largest time step, day.</param>
internal sealed record FisherKppSettings(
    int Dimension,
    double GreyD,
    double WhiteD,
    double WhiteFrom,
    double Rho,
    double DomainLength,
    double SeedRadius,
    double SeedDensity,
    double Dx,
    double? Dt)
{
    /// <summary>Diffusion coefficient at coordinate <paramref name="x"/> (mm).</summary>
    public double DiffusionAt(double x) => x > WhiteFrom ? WhiteD : GreyD;

    /// <summary>Number of cells along the axis: the domain length in whole cells.</summary>
    public int Cells => (int)Math.Round(DomainLength / Dx);
}
