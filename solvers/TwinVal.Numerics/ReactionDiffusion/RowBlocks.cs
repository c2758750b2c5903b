namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// The grid's x-rows cut into contiguous blocks, the unit of parallel work. The cut depends only on the grid (never on
/// the thread count), and every reduction first sums within a block in row order and then adds the block sums in
/// block order, so results are bit-identical whatever the number of threads or the scheduling.
/// </summary>
internal sealed class RowBlocks
{
    // About 8192 cells per block: large enough that scheduling overhead is negligible against the stencil work
    // (tens of microseconds per block), small enough to balance a 64³ grid over a few dozen cores.
    private const int CellsPerBlock = 8192;

    private readonly ParallelOptions parallel;

    public RowBlocks(StructuredGrid grid, int maxDegreeOfParallelism)
    {
        RowsPerBlock = RowsPerBlockOf(grid);
        Rows = grid.RowCount;
        Count = (Rows + RowsPerBlock - 1) / RowsPerBlock;
        Threads = ThreadsFor(maxDegreeOfParallelism);
        parallel = new ParallelOptions { MaxDegreeOfParallelism = Threads };
    }

    /// <summary>Rows per block on <paramref name="grid"/> (about <see cref="CellsPerBlock"/> cells, at least one row).</summary>
    public static int RowsPerBlockOf(StructuredGrid grid) => Math.Max(1, CellsPerBlock / grid.Nx);

    /// <summary>Threads for a requested maximum degree of parallelism (−1: all processors).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The request is 0 or below −1.</exception>
    public static int ThreadsFor(int maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "max degree of parallelism must be positive or -1 (all processors)");
        }

        return maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
    }

    /// <summary>Number of blocks.</summary>
    public int Count { get; }

    /// <summary>Rows per block (the last block may have fewer).</summary>
    public int RowsPerBlock { get; }

    /// <summary>Total rows.</summary>
    public int Rows { get; }

    /// <summary>Threads used at most.</summary>
    public int Threads { get; }

    /// <summary>Runs <paramref name="body"/>(block, first row, end row) for every block, in parallel when it pays.</summary>
    public void For(Action<int, int, int> body)
    {
        if (Threads == 1 || Count == 1)
        {
            for (var b = 0; b < Count; b++)
            {
                Run(body, b);
            }

            return;
        }

        Parallel.For(0, Count, parallel, b => Run(body, b));
    }

    /// <summary>Σ of per-block partial sums in block order (deterministic).</summary>
    public static double Sum(ReadOnlySpan<double> partials)
    {
        var sum = 0.0;
        foreach (var p in partials)
        {
            sum += p;
        }

        return sum;
    }

    private void Run(Action<int, int, int> body, int block)
    {
        var first = block * RowsPerBlock;
        body(block, first, Math.Min(Rows, first + RowsPerBlock));
    }
}
