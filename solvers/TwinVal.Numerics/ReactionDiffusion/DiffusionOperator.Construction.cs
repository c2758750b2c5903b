namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>Construction of the operator: face weights, boundary checks and the Dirichlet terms.</summary>
public sealed partial class DiffusionOperator
{
    private static double[] FaceWeights(StructuredGrid grid, ReadOnlySpan<double> d, int stride, int count, double h)
    {
        // weight[c] couples cell c to cell c + stride; zero on the last layer along the axis (no face there).
        var weights = new double[grid.CellCount];
        var inverseH2 = 1.0 / (h * h);
        for (var c = 0; c < weights.Length; c++)
        {
            if ((c / stride % count) < count - 1)
            {
                var (a, b) = (d[c], d[c + stride]);
                weights[c] = a + b > 0 ? 2 * a * b / (a + b) * inverseH2 : 0.0;
            }
        }

        return weights;
    }

    private static void CheckBoundaries(StructuredGrid grid, GridBoundaries b)
    {
        var faces = new (FaceBoundary Face, string Name, int Count)[]
        {
            (b.XLow, "x-low", grid.Nx), (b.XHigh, "x-high", grid.Nx), (b.YLow, "y-low", grid.Ny),
            (b.YHigh, "y-high", grid.Ny), (b.ZLow, "z-low", grid.Nz), (b.ZHigh, "z-high", grid.Nz),
        };
        foreach (var (face, name, count) in faces)
        {
            if (face.Kind == BoundaryKind.Dirichlet && (count == 1 || !double.IsFinite(face.Value)))
            {
                throw new ArgumentException(
                    count == 1
                        ? $"the {name} face is Dirichlet but the grid ({grid}) has a single cell across it; expected no-flux there"
                        : $"the {name} face has Dirichlet value {face.Value}; expected a finite value",
                    nameof(b));
            }
        }
    }

    private static (int[] RowStart, int[] Cell, double[] Weight, double[] Source) DirichletTerms(
        StructuredGrid grid, DiffusionCoefficients d, GridBoundaries b)
    {
        var entries = new List<(int Cell, double Weight, double Source)>();
        for (var c = 0; c < grid.CellCount; c++)
        {
            var (i, j, k) = grid.Cell(c);
            Add(entries, c, i == 0, b.XLow, d.Xx[c], grid.Dx);
            Add(entries, c, i == grid.Nx - 1, b.XHigh, d.Xx[c], grid.Dx);
            Add(entries, c, j == 0, b.YLow, d.Yy[c], grid.Dy);
            Add(entries, c, j == grid.Ny - 1, b.YHigh, d.Yy[c], grid.Dy);
            Add(entries, c, k == 0, b.ZLow, d.Zz[c], grid.Dz);
            Add(entries, c, k == grid.Nz - 1, b.ZHigh, d.Zz[c], grid.Dz);
        }

        // Entries are in cell order, so each row's entries are one contiguous run: rowStart[r] … rowStart[r + 1].
        var rowStart = new int[grid.RowCount + 1];
        foreach (var entry in entries)
        {
            rowStart[(entry.Cell / grid.Nx) + 1]++;
        }

        for (var r = 0; r < grid.RowCount; r++)
        {
            rowStart[r + 1] += rowStart[r];
        }

        return (rowStart, [.. entries.Select(e => e.Cell)], [.. entries.Select(e => e.Weight)], [.. entries.Select(e => e.Source)]);
    }

    private static void Add(List<(int, double, double)> entries, int cell, bool onFace, FaceBoundary face, double d, double h)
    {
        if (onFace && face.Kind == BoundaryKind.Dirichlet)
        {
            // Half a cell between the centre and the face: conductance D/(h/2) per unit area, divided by h for the volume.
            var weight = 2 * d / (h * h);
            entries.Add((cell, weight, weight * face.Value));
        }
    }
}
