using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>A named value with unit: a parameter, an initial value or a quantity of interest.</summary>
/// <param name="Name">Name as in the case file.</param>
/// <param name="Quantity">Value and unit.</param>
/// <param name="Description">Optional meaning, for readers of the case and the report.</param>
public sealed record NamedQuantity(string Name, Quantity Quantity, string? Description = null);
