using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;

namespace TwinVal.Solvers.Neurology;

/// <summary>
/// The connectome of an Epileptor network, read from the case's data table <c>connectivity</c>: one row per region
/// (key = region name), a column <c>x0 [1]</c> with the region's excitability and a column <c>w_&lt;region&gt; [1]</c>
/// per source region, so that row i, column w_j holds w_ij, the weight of the connection from j to i.
/// </summary>
/// <param name="Regions">Region names, in table order.</param>
/// <param name="X0">Excitability x0 per region.</param>
/// <param name="Weights">w_ij row-major (n·n); the diagonal is ignored by the difference coupling.</param>
internal sealed record EpileptorNetwork(ImmutableArray<string> Regions, ImmutableArray<double> X0, ImmutableArray<double> Weights)
{
    /// <summary>Name of the data table the model reads.</summary>
    public const string TableName = "connectivity";

    private static readonly Unit One = Unit.Parse("1");

    public int Count => Regions.Length;

    /// <summary>Reads the network of <paramref name="request"/>, or says exactly what the table lacks.</summary>
    /// <exception cref="SolverException">No table, a missing or non-dimensionless column, or a non-finite value.</exception>
    public static EpileptorNetwork From(SolveRequest request)
    {
        var table = request.DataTable(TableName);
        var n = table.Keys.Length;
        if (n == 0)
        {
            throw new SolverException($"case '{request.CaseId}': data table '{TableName}' has no regions");
        }

        var x0 = Dimensionless(request, table, table.Column("x0"));
        var weights = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            var column = Dimensionless(request, table, table.Column("w_" + table.Keys[j]));
            for (var i = 0; i < n; i++)
            {
                weights[(i * n) + j] = column[i];
            }
        }

        return new EpileptorNetwork(table.Keys, [.. x0], [.. weights]);
    }

    private static double[] Dimensionless(SolveRequest request, ModelDataTable table, DataColumn column) =>
        column.Unit.IsCompatibleWith(One)
            ? [.. column.Values.Select(v => column.Unit.Convert(v, One))]
            : throw new SolverException($"case '{request.CaseId}': column '{column.Name}' of data table '{table.Name}' is in '{column.Unit.Symbol}'; expected a pure number (\"1\")");
}
