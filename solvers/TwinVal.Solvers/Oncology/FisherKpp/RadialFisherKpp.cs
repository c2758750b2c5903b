using System.Globalization;
using TwinVal.Harness.Execution;

namespace TwinVal.Solvers.Oncology.FisherKpp;

/// <summary>
/// The radially symmetric proliferation–invasion model u_t = r^(1−d)·∂_r(r^(d−1)·D(r)·∂_r u) + ρu(1 − u) for d = 1
/// (planar), 2 (cylindrical) and 3 (spherical) on cells [i·dx, (i+1)·dx]: a finite-volume discretisation with cell
/// volumes (r₊^d − r₋^d)/d and face areas r^(d−1) (exact for the geometry, so mass is conserved to rounding), face
/// coefficients the harmonic mean of the neighbouring cells' D, no flux at r = 0 (symmetry) and at the outer face.
/// Each step is Strang-split: exact logistic flow for h/2, one explicit-Euler diffusion step h, logistic flow h/2.
/// </summary>
/// <remarks>
/// Cheaper than a 2-D or 3-D Cartesian grid by a factor N^(d−1) and free of grid anisotropy; Swanson et al. 2000
/// (doi:10.1046/j.1365-2184.2000.00177.x) use the same radial reduction for spherically symmetric gliomas. Written here
/// rather than in TwinVal.Numerics.ReactionDiffusion, whose Cartesian operator has no curvilinear metric.
/// </remarks>
internal sealed class RadialFisherKpp : IFrontModel
{
    private readonly FisherKppSettings settings;
    private readonly double[] u;
    private readonly double[] rate;
    private readonly double[] lower;
    private readonly double[] upper;
    private readonly double dt;

    public RadialFisherKpp(FisherKppSettings settings, string caseId)
    {
        this.settings = settings;
        var n = settings.Cells;
        var (dx, d) = (settings.Dx, settings.Dimension);
        (u, rate, lower, upper) = (new double[n], new double[n], new double[n], new double[n]);
        var maxRate = 0.0;
        for (var i = 0; i < n; i++)
        {
            var (inner, outer) = (i * dx, (i + 1) * dx);
            var volume = (Math.Pow(outer, d) - Math.Pow(inner, d)) / d;
            lower[i] = i == 0 ? 0.0 : Math.Pow(inner, d - 1) * FaceD(i - 1, i) / (dx * volume);
            upper[i] = i == n - 1 ? 0.0 : Math.Pow(outer, d - 1) * FaceD(i, i + 1) / (dx * volume);
            maxRate = Math.Max(maxRate, lower[i] + upper[i]);

            // Exact cell average of the seed (a ball of radius r0), so a seed edge off the grid lines is still resolved.
            var inside = (Math.Pow(Math.Clamp(settings.SeedRadius, inner, outer), d) - Math.Pow(inner, d)) / (d * volume);
            u[i] = settings.SeedDensity * inside;
        }

        // Explicit Euler diffusion is stable while h·max(lower + upper) ≤ 1; half the limit by default keeps the
        // first-order time error well below the spatial error on the grids used.
        var limit = 1.0 / maxRate;
        dt = settings.Dt ?? 0.5 * limit;
        if (dt > limit)
        {
            throw new SolverException(string.Create(
                CultureInfo.InvariantCulture,
                $"case '{caseId}': fixed-step {dt:G6} day exceeds the explicit diffusion stability limit {limit:G6} day at dx = {dx:G6} mm; use a step ≤ the limit"));
        }
    }

    public long Steps { get; private set; }

    public string Method => string.Create(
        CultureInfo.InvariantCulture, $"radial finite volume d={settings.Dimension}, Strang (exact logistic, explicit Euler diffusion), dx={settings.Dx:G6} mm, dt≤{dt:G6} day");

    public void Advance(double t0, double t1, CancellationToken cancellationToken)
    {
        var count = Math.Max(1L, (long)Math.Ceiling((t1 - t0) / dt * (1 - 1e-12)));
        var h = (t1 - t0) / count;
        var halfGrowth = Math.Exp(settings.Rho * 0.5 * h);
        for (var step = 0L; step < count; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            React(halfGrowth);
            Diffuse(h);
            React(halfGrowth);
        }

        Steps += count;
    }

    public double Front(double threshold) => FrontLocator.Locate(u, settings.Dx, threshold);

    public double Volume(double threshold)
    {
        // The profile decreases monotonically in r (a monotone seed stays monotone), so the visible region is the ball
        // inside the front.
        var r = Front(threshold);
        return 4.0 / 3.0 * Math.PI * r * r * r;
    }

    private double FaceD(int left, int right)
    {
        var (a, b) = (settings.DiffusionAt((left + 0.5) * settings.Dx), settings.DiffusionAt((right + 0.5) * settings.Dx));
        return a + b == 0 ? 0.0 : 2 * a * b / (a + b);
    }

    private void React(double growth)
    {
        var field = u.AsSpan();
        for (var i = 0; i < field.Length; i++)
        {
            field[i] = LogisticReaction.AdvanceByGrowth(field[i], growth);
        }
    }

    private void Diffuse(double h)
    {
        var field = u.AsSpan();
        var flux = rate.AsSpan();
        var last = field.Length - 1;
        for (var i = 0; i <= last; i++)
        {
            var below = i == 0 ? 0.0 : lower[i] * (field[i - 1] - field[i]);
            var above = i == last ? 0.0 : upper[i] * (field[i + 1] - field[i]);
            flux[i] = below + above;
        }

        for (var i = 0; i <= last; i++)
        {
            field[i] += h * flux[i];
        }
    }
}
