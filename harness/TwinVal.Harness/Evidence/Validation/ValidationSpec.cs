using System.Collections.Immutable;

namespace TwinVal.Harness.Evidence.Validation;

/// <summary>
/// The <c>validation</c> block of a case (ASME V&amp;V 20-2009): the comparisons of simulation QoIs with cited
/// experimental or clinical data, and the declared input uncertainty propagated to every compared QoI.
/// </summary>
/// <param name="Comparisons">The comparisons, in declaration order (at least one).</param>
/// <param name="Inputs">Declared input uncertainty; null when u_input is taken as zero (no uncertain inputs declared).</param>
public sealed record ValidationSpec(ImmutableArray<ValidationComparisonSpec> Comparisons, InputUncertaintySpec? Inputs);
