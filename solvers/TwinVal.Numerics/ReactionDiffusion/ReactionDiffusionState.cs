namespace TwinVal.Numerics.ReactionDiffusion;

/// <summary>
/// The fields of a reaction–diffusion problem: one array per variable (structure of arrays), each in the grid's
/// row-major, x-fastest layout, so the diffusing variable is one contiguous field for the stencil.
/// </summary>
public sealed class ReactionDiffusionState
{
    private readonly double[][] fields;

    /// <summary>Creates zero fields.</summary>
    /// <param name="grid">Grid.</param>
    /// <param name="variables">Variables per point, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variables"/> is below 1.</exception>
    public ReactionDiffusionState(StructuredGrid grid, int variables)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentOutOfRangeException.ThrowIfLessThan(variables, 1);
        Grid = grid;
        fields = new double[variables][];
        for (var v = 0; v < variables; v++)
        {
            fields[v] = new double[grid.CellCount];
        }
    }

    /// <summary>The grid.</summary>
    public StructuredGrid Grid { get; }

    /// <summary>Variables per point.</summary>
    public int Variables => fields.Length;

    /// <summary>The field of variable <paramref name="variable"/>, one value per cell, writable.</summary>
    /// <param name="variable">Variable index.</param>
    /// <returns>The field.</returns>
    public Span<double> Field(int variable) => fields[variable];

    /// <summary>Sets variable <paramref name="variable"/> from a function of the cell centre.</summary>
    /// <param name="variable">Variable index.</param>
    /// <param name="value">Value at (x, y, z).</param>
    public void Set(int variable, Func<double, double, double, double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var field = fields[variable];
        for (var c = 0; c < field.Length; c++)
        {
            var (i, j, k) = Grid.Cell(c);
            field[c] = value(Grid.X(i), Grid.Y(j), Grid.Z(k));
        }
    }

    /// <summary>The backing array of a variable, for the solver's parallel passes.</summary>
    internal double[] Array(int variable) => fields[variable];
}
