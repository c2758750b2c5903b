using TwinVal.Numerics.ReactionDiffusion;
using TwinVal.Solvers.Cardiology.TenTusscher;
using S = TwinVal.Solvers.Cardiology.TenTusscher.TenTusscherState;

namespace TwinVal.Solvers.Cardiology.Tissue;

/// <summary>
/// Monodomain tissue with ten Tusscher–Panfilov 2006 epicardial kinetics at every node, advanced by fixed steps:
/// explicit (forward Euler) diffusion of V on the node lattice, forward Euler for V's reaction term and the
/// concentrations, Rush–Larsen for the gates (Rush &amp; Larsen 1978, doi:10.1109/TBME.1978.326270) — the scheme of the
/// explicit codes in Niederer et al. 2011 (doi:10.1098/rsta.2011.0139), first order in dt and second order in h.
/// </summary>
/// <remarks>
/// Layout: V in its own array (the stencil reads it contiguously), the other 18 components of each node together
/// (array of structures, 19 doubles per node with V's slot refreshed before the kinetics) so one node's kinetics touch
/// two or three cache lines. Work is split over blocks of x-rows with <see cref="Parallel.For(int, int, Action{int})"/>;
/// the per-step loops allocate nothing beyond the Parallel.For bookkeeping, and every node's update depends only on the
/// previous step, so results do not depend on the thread count.
/// </remarks>
internal sealed class MonodomainTissue
{
    private const int RowsPerBlockTarget = 8;

    private readonly MonodomainSetup setup;
    private readonly VertexLaplacian laplacian;
    private readonly double[] v;
    private readonly double[] diffusion;
    private readonly double[] cells;
    private readonly bool[] stimulated;
    private readonly int blocks;
    private readonly int rowsPerBlock;
    private readonly Action<int> diffuseBlock;
    private readonly Action<int> reactBlock;
    private double stepTime;
    private double stepSize;

    public MonodomainTissue(MonodomainSetup setup)
    {
        this.setup = setup;
        var (nx, ny, nz) = setup.Nodes;
        var h = setup.Spacing;
        laplacian = new VertexLaplacian(nx, ny, nz, (h, h, h), setup.Diffusivity);
        var n = laplacian.NodeCount;
        v = new double[n];
        diffusion = new double[n];
        cells = new double[n * S.Count];
        stimulated = new bool[n];
        for (var c = 0; c < n; c++)
        {
            setup.Initial.CopyTo(cells.AsSpan(c * S.Count, S.Count));
            v[c] = setup.Initial[S.V];
            var (i, j, k) = (c % nx, c / nx % ny, c / (nx * ny));
            // A node is stimulated when it lies in the closed cube [0, s]³ (tolerance for s/h not exactly representable).
            var limit = setup.StimulusSize + (1e-9 * h);
            stimulated[c] = i * h <= limit && j * h <= limit && k * h <= limit;
        }

        rowsPerBlock = Math.Max(1, Math.Min(RowsPerBlockTarget, laplacian.RowCount / (4 * Environment.ProcessorCount)));
        blocks = (laplacian.RowCount + rowsPerBlock - 1) / rowsPerBlock;
        diffuseBlock = DiffuseBlock;
        reactBlock = ReactBlock;
    }

    /// <summary>Largest stable step of the explicit diffusion, ms.</summary>
    public double StableTimeStep => laplacian.StableTimeStep;

    /// <summary>Number of nodes.</summary>
    public int NodeCount => laplacian.NodeCount;

    /// <summary>Membrane potential per node (x fastest), mV.</summary>
    public ReadOnlySpan<double> Potential => v;

    /// <summary>Advances by one step <paramref name="dt"/> from <paramref name="t"/>.</summary>
    public void Step(double t, double dt)
    {
        (stepTime, stepSize) = (t, dt);
        Parallel.For(0, blocks, diffuseBlock);
        Parallel.For(0, blocks, reactBlock);
    }

    private void DiffuseBlock(int block)
    {
        var first = block * rowsPerBlock;
        laplacian.ApplyRows(v, diffusion, first, Math.Min(laplacian.RowCount, first + rowsPerBlock));
    }

    private void ReactBlock(int block)
    {
        Span<double> rate = stackalloc double[S.Count];
        Span<double> steady = stackalloc double[S.Count];
        Span<double> tau = stackalloc double[S.Count];
        var dt = stepSize;
        // The stimulus is on for steps that start inside [onset, end): steps are laid out to start on both edges.
        var on = stepTime >= setup.StimulusOnset - (1e-9 * dt) && stepTime < setup.StimulusEnd - (1e-9 * dt);
        var nx = laplacian.Nx;
        var first = block * rowsPerBlock * nx;
        var end = Math.Min(laplacian.RowCount, (block + 1) * rowsPerBlock) * nx;
        for (var c = first; c < end; c++)
        {
            var y = cells.AsSpan(c * S.Count, S.Count);
            y[S.V] = v[c];
            var stimulus = on && stimulated[c] ? setup.StimulusRate : 0.0;
            TenTusscherKinetics.Evaluate(y, setup.Bath, stimulus, rate, steady, tau);
            v[c] += dt * (rate[S.V] + diffusion[c]);
            for (var i = S.Ki; i <= S.CaSr; i++)
            {
                y[i] += dt * rate[i];
            }

            for (var i = S.RBar; i < S.Count; i++)
            {
                // Exact for the gate's linear equation with y∞, τ frozen over the step.
                y[i] = steady[i] + ((y[i] - steady[i]) * Math.Exp(-dt / tau[i]));
            }
        }
    }
}
