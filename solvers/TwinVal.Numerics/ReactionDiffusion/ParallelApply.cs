namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// The reusable state of one parallel <see cref="DiffusionOperator.ApplySpan"/>: the arguments live in fields and the
/// loop body is a delegate bound once, so a call allocates nothing of its own (no closure, no blocks, no options)
/// beyond what <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/> needs for its tasks. The operator
/// keeps one idle instance and takes it exclusively for a call (concurrent callers get a fresh one), so Apply stays
/// safe to call from several threads at once.
/// </summary>
internal sealed unsafe class ParallelApply
{
    private readonly DiffusionOperator op;
    private readonly Action<int> body;
    private readonly int rowsPerBlock;
    private readonly int rows;
    private ParallelOptions options = new();
    private readonly int cells;
    private double* u;
    private double* result;
    private double sourceScale;
    private PointwiseRowTerm? term;

    public ParallelApply(DiffusionOperator op)
    {
        this.op = op;
        rowsPerBlock = RowBlocks.RowsPerBlockOf(op.Grid);
        rows = op.Grid.RowCount;
        cells = op.Grid.CellCount;
        Blocks = (rows + rowsPerBlock - 1) / rowsPerBlock;
        body = RunBlock;
    }

    /// <summary>Number of row blocks (the same cut as <see cref="RowBlocks"/>).</summary>
    public int Blocks { get; }

    /// <summary>
    /// Writes L u + sourceScale·s into <paramref name="output"/> on up to <paramref name="threads"/> threads, plus the
    /// pointwise term <paramref name="pointwise"/> when there is one (each row through the fused row kernel, exactly as
    /// the serial path writes it). Both pointers point to CellCount values that the caller keeps pinned until this
    /// returns.
    /// </summary>
    public void Run(double* field, double* output, double scale, int threads, PointwiseRowTerm? pointwise = null)
    {
        if (options.MaxDegreeOfParallelism != threads)
        {
            // Options are cached per thread count; a caller that alternates counts pays one small object per change.
            options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        }

        u = field;
        result = output;
        sourceScale = scale;
        term = pointwise;
        try
        {
            Parallel.For(0, Blocks, options, body);
        }
        finally
        {
            // The pointers are valid only while the caller's pin lasts: never keep them between calls.
            u = null;
            result = null;
            term = null;
        }
    }

    private void RunBlock(int block)
    {
        var nx = op.Grid.Nx;
        var first = block * rowsPerBlock;
        var end = Math.Min(rows, first + rowsPerBlock);
        var field = new ReadOnlySpan<double>(u, cells);
        var output = new Span<double>(result, cells);
        for (var row = first; row < end; row++)
        {
            var acc = output.Slice(row * nx, nx);
            if (term is null)
            {
                op.ApplyRow(row, field, acc, sourceScale);
            }
            else
            {
                term.ApplyRow(op, row, field, acc, sourceScale);
            }
        }
    }
}
