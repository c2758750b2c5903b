using TwinVal.Harness.Evidence.Uncertainty;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Ensembles;

/// <summary>A case parameter drawn afresh for every ensemble member.</summary>
/// <param name="Name">Name of the parameter it replaces.</param>
/// <param name="Distribution">Its distribution, in <paramref name="Unit"/>.</param>
/// <param name="Unit">Unit of the drawn values.</param>
public sealed record SampledParameter(string Name, IInputDistribution Distribution, Unit Unit);
