using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Benchmarks.ReactionDiffusion;

/// <summary>
/// The 2-D work–precision problem (tests/benchmarks/rd/README.md; the same constants as rd/wp_rd.py and
/// rd/wp_rd_cvode.c): the bistable Nagumo equation u_t = D∇²u + u(1 − u)(u − a) on [0, L]², 512 × 512 cells, no-flux
/// faces, from a smooth disc that grows as a travelling front (plane-front speed √(D/2)(1 − 2a), the closed form listed
/// in docs/benchmarks.md; it only sizes t_end here, no number is judged against it).
/// </summary>
internal static class NagumoPlane
{
    /// <summary>The problem's name in every driver's CSV.</summary>
    public const string Name = "nagumo-2d-512";

    /// <summary>Cells per side: 512² = 262 144 unknowns, past the 250 000.</summary>
    public const int Cells = 512;

    /// <summary>Domain side (dimensionless): dx = 0.25, a few cells per front width √(2D)/… ≈ 1.4, so the front is resolved.</summary>
    public const double Side = 128.0;

    /// <summary>Diffusion coefficient (dimensionless).</summary>
    public const double Diffusion = 1.0;

    /// <summary>Nagumo threshold a &lt; 1/2, so the excited state u = 1 invades u = 0.</summary>
    public const double Threshold = 0.1;

    /// <summary>End time: the front moves ≈ 2.3 length units (9 cells); explicit stability (|λ|max = 8D/dx² = 128) sets the step.</summary>
    public const double EndTime = 4.0;

    /// <summary>Initial disc radius and edge width: R0 = 20 is far above the critical nucleus, so the disc grows.</summary>
    public const double Radius = 20.0;

    /// <summary>Width of the initial disc's logistic edge.</summary>
    public const double EdgeWidth = 2.0;

    /// <summary>The grid.</summary>
    public static StructuredGrid Grid { get; } = StructuredGrid.Plane(Cells, Cells, Side / Cells, Side / Cells);

    /// <summary>A fresh diffusion operator (uniform D, no-flux faces).</summary>
    public static DiffusionOperator CreateOperator() =>
        new(DiffusionCoefficients.Isotropic(Grid, Diffusion), GridBoundaries.NoFlux);

    /// <summary>Bistable kinetics u(1 − u)(u − a).</summary>
    /// <param name="u">Value.</param>
    /// <returns>Rate.</returns>
    public static double Reaction(double u) => u * (1.0 - u) * (u - Threshold);

    /// <summary>u(x, y, 0) = 1 / (1 + exp((r − R0)/w)), r the distance from the domain centre.</summary>
    /// <returns>One value per cell, row-major (x fastest).</returns>
    public static double[] InitialState()
    {
        var u = new double[Grid.CellCount];
        for (var c = 0; c < u.Length; c++)
        {
            var (i, j, _) = Grid.Cell(c);
            var r = double.Hypot(Grid.X(i) - (Side / 2), Grid.Y(j) - (Side / 2));
            u[c] = 1.0 / (1.0 + Math.Exp((r - Radius) / EdgeWidth));
        }

        return u;
    }
}
