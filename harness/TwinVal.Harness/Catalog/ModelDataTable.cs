using System.Collections.Immutable;
using TwinVal.Harness.Execution;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// A model data table of a case (a connectome, a tissue map): rows named by a text key in the first column, numeric
/// columns with units. It is model input, not golden data: it is declared under <c>data-tables</c>, verified by its
/// SHA-256, covered by the case's content hash, and delivered to solvers in <see cref="SolveRequest.DataTables"/>.
/// </summary>
/// <param name="Name">Name the model asks for (for example <c>connectivity</c>).</param>
/// <param name="Path">Path relative to the case folder.</param>
/// <param name="Sha256">Declared and verified SHA-256 of the file.</param>
/// <param name="KeyHeader">Header of the key column (for example <c>region</c>).</param>
/// <param name="Keys">Row keys, unique, in file order.</param>
/// <param name="Columns">Numeric columns, in file order.</param>
public sealed record ModelDataTable(string Name, string Path, string Sha256, string KeyHeader, ImmutableArray<string> Keys, ImmutableArray<DataColumn> Columns)
{
    /// <summary>The column called <paramref name="name"/>, or null.</summary>
    public DataColumn? Find(string name) => Columns.FirstOrDefault(c => c.Name == name);

    /// <summary>The column called <paramref name="name"/>.</summary>
    /// <exception cref="SolverException">The table has no such column.</exception>
    public DataColumn Column(string name) =>
        Find(name) ?? throw new SolverException($"data table '{Name}' ({Path}) has no column '{name}'; it has {string.Join(", ", Columns.Select(c => c.Name))}");
}
