using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Numerics.ReactionDiffusion;
using TwinVal.Solvers.Verification;

namespace TwinVal.Solvers.Tests.Verification;

public class CellCentreProbeTests
{
    // Multilinear interpolation reproduces any field linear in each coordinate exactly between the outermost cell
    // centres (points are drawn from [h/2, L − h/2] per axis, where no clamping happens).
    [Property(MaxTest = 100)]
    public bool Sample_TrilinearFieldInsideTheCentres_IsExact(byte px, byte py, byte pz, sbyte a, sbyte b, sbyte c)
    {
        var grid = new StructuredGrid(8, 6, 5, 0.5, 0.25, 0.2);
        double Field(double x, double y, double z) => 1 + (a * x) + (b * y) + (c * z) + (a * b * x * y / 100.0);
        var values = new double[grid.CellCount];
        for (var cell = 0; cell < values.Length; cell++)
        {
            var (i, j, k) = grid.Cell(cell);
            values[cell] = Field(grid.X(i), grid.Y(j), grid.Z(k));
        }

        double Inside(byte u, double h, int n) => (h / 2) + (u / 255.0 * (n - 1) * h);
        var (x, y, z) = (Inside(px, 0.5, 8), Inside(py, 0.25, 6), Inside(pz, 0.2, 5));
        return Math.Abs(new CellCentreProbe(x, y, z).Sample(values, grid) - Field(x, y, z)) < 1e-9;
    }

    [Fact]
    public void Sample_LineMidwayBetweenCentres_AveragesTheTwoCells()
    {
        // Cells of width 1 on a line: centres 0.5 and 1.5; x = 1 is midway, so the value is (3 + 7)/2.
        var grid = StructuredGrid.Line(3, 1);
        Assert.Equal(5.0, new CellCentreProbe(1, 0, 0).Sample([3.0, 7.0, 11.0], grid), 15);
    }

    [Fact]
    public void Sample_BeyondTheOutermostCentre_IsTheOutermostValue()
    {
        var grid = StructuredGrid.Line(3, 1);
        Assert.Equal(3.0, new CellCentreProbe(0.1, 0, 0).Sample([3.0, 7.0, 11.0], grid), 15);
        Assert.Equal(11.0, new CellCentreProbe(3, 0, 0).Sample([3.0, 7.0, 11.0], grid), 15);
    }
}
