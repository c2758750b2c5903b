namespace TwinVal.Benchmarks.ReactionDiffusion;

/// <summary>
/// A yardstick, not TwinVal API: the Nagumo right-hand side in one pass over spans (read u, write f = 16 B per cell),
/// uniform D, no-flux faces, single thread. BandwidthBound times it next to <see cref="NagumoLines"/> to show what a
/// span-taking, fused diffusion-plus-reaction entry point of DiffusionOperator would gain.
/// </summary>
internal static class FusedNagumoRhs
{
    public static void Evaluate(ReadOnlySpan<double> u, Span<double> f)
    {
        const int n = NagumoPlane.Cells;
        const double h = NagumoPlane.Side / n;
        const double w = NagumoPlane.Diffusion / (h * h);
        for (var j = 0; j < n; j++)
        {
            var row = u.Slice(j * n, n);
            var below = j > 0 ? u.Slice((j - 1) * n, n) : row; // a missing neighbour is the cell itself: zero flux
            var above = j < n - 1 ? u.Slice((j + 1) * n, n) : row;
            var output = f.Slice(j * n, n);
            for (var i = 0; i < n; i++)
            {
                var c = row[i];
                var left = i > 0 ? row[i - 1] : c;
                var right = i < n - 1 ? row[i + 1] : c;
                output[i] = (w * ((left - c) + (right - c) + (below[i] - c) + (above[i] - c))) + NagumoPlane.Reaction(c);
            }
        }
    }
}
