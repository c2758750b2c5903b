using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Numerics.ReactionDiffusion;

namespace TwinVal.Numerics.Tests.ReactionDiffusion;

public class StructuredGridTests
{
    [Fact]
    public void Index_HandCheckedCell_IsXFastestRowMajor()
    {
        var grid = new StructuredGrid(4, 3, 2, 0.5, 1, 2);
        Assert.Equal(1 + (4 * (2 + (3 * 1))), grid.Index(1, 2, 1));
        Assert.Equal((1, 2, 1), grid.Cell(21));
        Assert.Equal(0.75, grid.X(1));
        Assert.Equal(2.5, grid.Y(2));
        Assert.Equal(3.0, grid.Z(1));
        Assert.Equal(24, grid.CellCount);
        Assert.Equal(6, grid.RowCount);
        Assert.Equal(1.0, grid.CellVolume);
        Assert.Equal(0.5, StructuredGrid.Line(4, 0.5).CellVolume);
    }

    [Property]
    public void Cell_OfIndex_RoundTrips(PositiveInt nx, PositiveInt ny, PositiveInt nz, NonNegativeInt seed)
    {
        var grid = new StructuredGrid(1 + (nx.Get % 20), 1 + (ny.Get % 20), 1 + (nz.Get % 20), 1, 1, 1);
        var index = seed.Get % grid.CellCount;
        var (i, j, k) = grid.Cell(index);
        Assert.Equal(index, grid.Index(i, j, k));
    }

    [Theory]
    [InlineData(0, 1, 1, 1.0)]
    [InlineData(2, 1, 1, 0.0)]
    [InlineData(2, 1, 1, double.NaN)]
    public void Constructor_InvalidShape_ThrowsNamingParameter(int nx, int ny, int nz, double dx)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new StructuredGrid(nx, ny, nz, dx, 1, 1));
        Assert.Equal(nx < 1 ? "nx" : "dx", error.ParamName);
    }
}
