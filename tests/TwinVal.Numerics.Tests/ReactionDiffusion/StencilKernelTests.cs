using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Numerics.Tests.ReactionDiffusion;

public class StencilKernelTests
{
    // The single-sweep in-plane kernel must reproduce the multi-pass AddCoupling sequence (clear, x-left, x-right,
    // y-below, y-above) bit for bit: the operator uses it for 1-D and 2-D rows and the passes for 3-D rows.
    [Property(MaxTest = 200)]
    public Property CouplingsInPlane_AnyRow_BitIdenticalToPasses()
    {
        var rows = from n in Gen.Choose(1, 40)
                   from hasBelow in ArbMap.Default.GeneratorFor<bool>()
                   from hasAbove in ArbMap.Default.GeneratorFor<bool>()
                   from values in Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(i => i / 37.0), 7 * n)
                   select (n, hasBelow, hasAbove, values);
        return Prop.ForAll(rows.ToArbitrary(), r =>
        {
            var (n, hasBelow, hasAbove, v) = r;
            ReadOnlySpan<double> all = v;
            var centre = all[..n];
            var wx = all.Slice(n, n);
            var below = hasBelow ? all.Slice(2 * n, n) : default;
            var wBelow = hasBelow ? all.Slice(3 * n, n) : default;
            var above = hasAbove ? all.Slice(4 * n, n) : default;
            var wAbove = all.Slice(5 * n, n);

            var fused = new double[n];
            StencilKernel.CouplingsInPlane(fused, centre, wx, below, wBelow, above, wAbove);

            var passes = new double[n];
            Span<double> acc = passes;
            if (n > 1)
            {
                StencilKernel.AddCoupling(acc[1..], centre[1..], centre[..^1], wx[..^1]);
                StencilKernel.AddCoupling(acc[..^1], centre[..^1], centre[1..], wx[..^1]);
            }

            if (hasBelow)
            {
                StencilKernel.AddCoupling(acc, centre, below, wBelow);
            }

            if (hasAbove)
            {
                StencilKernel.AddCoupling(acc, centre, above, wAbove);
            }

            return fused.SequenceEqual(passes);
        });
    }
}
