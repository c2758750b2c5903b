using System.Collections.Immutable;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>One numeric column of a <see cref="ModelDataTable"/>: a value per row, in one unit.</summary>
/// <param name="Name">Column name (the header cell without its unit).</param>
/// <param name="Unit">Unit of every value.</param>
/// <param name="Values">One value per row, in row order.</param>
public sealed record DataColumn(string Name, Unit Unit, ImmutableArray<double> Values);
