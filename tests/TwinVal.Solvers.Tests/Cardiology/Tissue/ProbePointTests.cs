using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Solvers.Cardiology.Tissue;

namespace TwinVal.Solvers.Tests.Cardiology.Tissue;

public class ProbePointTests
{
    private static readonly (int X, int Y, int Z) Nodes = (5, 4, 3);
    private const double H = 0.5;

    private static double[] Field(Func<double, double, double, double> f)
    {
        var values = new double[Nodes.X * Nodes.Y * Nodes.Z];
        for (var c = 0; c < values.Length; c++)
        {
            values[c] = f(c % Nodes.X * H, c / Nodes.X % Nodes.Y * H, c / (Nodes.X * Nodes.Y) * H);
        }

        return values;
    }

    [Property]
    public Property Sample_LinearField_IsExactAnywhereInTheBox()
    {
        // Trilinear interpolation reproduces every trilinear function, linear ones in particular.
        var unit = Gen.Choose(0, 1000).Select(i => i / 1000.0);
        return Prop.ForAll(Gen.Three(unit).ToArbitrary(), p =>
        {
            var (x, y, z) = (p.Item1 * 2, p.Item2 * 1.5, p.Item3 * 1.0);
            var field = Field((a, b, c) => 1 + (2 * a) - (3 * b) + (0.5 * c));
            var sample = new ProbePoint(Nodes, H, x, y, z).Sample(field);
            return Math.Abs(sample - (1 + (2 * x) - (3 * y) + (0.5 * z))) < 1e-12;
        });
    }

    [Fact]
    public void Sample_OnFarCorner_IsThatNodesValue()
    {
        var field = Field((a, b, c) => (a * a) + b + (10 * c));

        Assert.Equal((2.0 * 2.0) + 1.5 + 10, new ProbePoint(Nodes, H, 2, 1.5, 1).Sample(field), 1e-12);
    }
}
