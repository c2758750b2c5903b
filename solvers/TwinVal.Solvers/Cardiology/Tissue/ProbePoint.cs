namespace TwinVal.Solvers.Cardiology.Tissue;

/// <summary>
/// A point where the membrane potential is recorded, as trilinear interpolation weights of the eight surrounding nodes
/// (exactly the node's value when the point is on a node, as the Niederer points are at every resolution that divides them).
/// </summary>
internal sealed class ProbePoint
{
    private readonly int[] nodes = new int[8];
    private readonly double[] weights = new double[8];

    /// <summary>Locates (x, y, z) mm on the lattice; coordinates must lie within the box.</summary>
    public ProbePoint((int X, int Y, int Z) n, double h, double x, double y, double z)
    {
        var (i0, fx) = Axis(x, h, n.X);
        var (j0, fy) = Axis(y, h, n.Y);
        var (k0, fz) = Axis(z, h, n.Z);
        var e = 0;
        for (var dk = 0; dk < 2; dk++)
        {
            for (var dj = 0; dj < 2; dj++)
            {
                for (var di = 0; di < 2; di++)
                {
                    var i = Math.Min(i0 + di, n.X - 1);
                    var j = Math.Min(j0 + dj, n.Y - 1);
                    var k = Math.Min(k0 + dk, n.Z - 1);
                    nodes[e] = i + (n.X * (j + (n.Y * k)));
                    weights[e++] = (di == 0 ? 1 - fx : fx) * (dj == 0 ? 1 - fy : fy) * (dk == 0 ? 1 - fz : fz);
                }
            }
        }
    }

    /// <summary>The interpolated value of <paramref name="field"/> at the point.</summary>
    public double Sample(ReadOnlySpan<double> field)
    {
        var sum = 0.0;
        for (var e = 0; e < 8; e++)
        {
            sum += weights[e] * field[nodes[e]];
        }

        return sum;
    }

    private static (int Index, double Fraction) Axis(double coordinate, double h, int count)
    {
        var s = coordinate / h;
        var i = (int)Math.Floor(s + 1e-9);
        var f = s - i;
        if (i >= count - 1)
        {
            return (count - 1, 0.0);
        }

        return (i, Math.Abs(f) < 1e-9 ? 0.0 : f);
    }
}
