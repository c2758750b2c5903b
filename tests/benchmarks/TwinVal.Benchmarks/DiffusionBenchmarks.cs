using BenchmarkDotNet.Attributes;
using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Benchmarks;

/// <summary>
/// The 5-point diffusion operator on a 512 × 512 grid (262 144 unknowns, the scale of benchmarks.md's reaction–diffusion
/// comparison), serial and on every core. A memory-bound stencil: about 7 loads and 1 store of 8 bytes per cell.
/// </summary>
[MemoryDiagnoser]
public class DiffusionBenchmarks
{
    private const int Size = 512;
    private DiffusionOperator? op;
    private double[] u = [];
    private double[] result = [];

    /// <summary>Threads: 1 (serial) or −1 (all processors).</summary>
    [Params(1, -1)]
    public int Threads { get; set; }

    /// <summary>Builds the operator with no-flux faces and a smooth field.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var grid = StructuredGrid.Plane(Size, Size, 1.0 / Size, 1.0 / Size);
        op = new DiffusionOperator(DiffusionCoefficients.Isotropic(grid, 1e-3), GridBoundaries.NoFlux);
        u = new double[grid.CellCount];
        result = new double[grid.CellCount];
        for (var c = 0; c < u.Length; c++)
        {
            var (i, j, _) = grid.Cell(c);
            u[c] = Math.Cos(2 * Math.PI * grid.X(i)) * Math.Cos(2 * Math.PI * grid.Y(j));
        }
    }

    /// <summary>One application L u.</summary>
    [Benchmark]
    public void Apply() => op!.Apply(u, result, 1.0, Threads);
}
