namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// The pointwise term of a fused apply as the parallel path sees it: one virtual call per row (not per cell), behind
/// which the per-cell loop is compiled for the concrete struct, so <see cref="ParallelApply"/> stays non-generic and
/// keeps its pre-bound loop body.
/// </summary>
internal abstract class PointwiseRowTerm
{
    /// <summary>Wraps <paramref name="term"/> (one small object per parallel call: the term is copied once, here).</summary>
    public static PointwiseRowTerm Of<TPointwise>(TPointwise term)
        where TPointwise : struct, IPointwiseTerm => new Row<TPointwise>(term);

    /// <summary>Row <paramref name="row"/> of L u + sourceScale·s + term(u) into <paramref name="acc"/>, as the serial path writes it.</summary>
    public abstract void ApplyRow(DiffusionOperator op, int row, ReadOnlySpan<double> u, Span<double> acc, double sourceScale);

    /// <summary>The row loop shared by the serial and parallel paths, so both add the term identically.</summary>
    public static void AddRow<TPointwise>(ref TPointwise term, int start, ReadOnlySpan<double> centre, Span<double> acc)
        where TPointwise : struct, IPointwiseTerm
    {
        for (var i = 0; i < acc.Length; i++)
        {
            acc[i] += term.Evaluate(start + i, centre[i]);
        }
    }

    private sealed class Row<TPointwise>(TPointwise term) : PointwiseRowTerm
        where TPointwise : struct, IPointwiseTerm
    {
        // Not readonly: a readonly struct field would be copied defensively before every Evaluate call.
        private TPointwise term = term;

        public override void ApplyRow(DiffusionOperator op, int row, ReadOnlySpan<double> u, Span<double> acc, double sourceScale) =>
            op.ApplyRowFused(row, u, acc, sourceScale, ref term);
    }
}
