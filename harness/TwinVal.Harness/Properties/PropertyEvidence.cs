using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Properties;

/// <summary>
/// What a property check ran, so that it reproduces: FsCheck's random state (seed, gamma), the number of samples and
/// shrink steps, and for a violation the shrunk counterexample (the sampled values with units).
/// </summary>
/// <param name="Seed">Seed of FsCheck's <c>Rnd</c>, derived from the run's master seed, the case, the solver and the property.</param>
/// <param name="Gamma">Gamma of FsCheck's <c>Rnd</c>.</param>
/// <param name="Samples">Samples evaluated before shrinking (1 for a case without parameter-ranges: the pinned point).</param>
/// <param name="ShrinkSteps">Accepted shrink steps (0 when the property held).</param>
/// <param name="Counterexample">The shrunk failing values; empty when the property held.</param>
public sealed record PropertyEvidence(ulong Seed, ulong Gamma, int Samples, int ShrinkSteps, ImmutableArray<NamedQuantity> Counterexample)
{
    /// <summary>The counterexample as compact text: <c>R=1.25 mmHg*s/mL; C=0.8 mL/mmHg</c> (round-trip numbers); empty when none.</summary>
    public string CounterexampleText => Format(Counterexample);

    /// <summary>Formats named values as <c>name=value unit</c> separated by <c>"; "</c>, numbers in round-trip form.</summary>
    public static string Format(IEnumerable<NamedQuantity> values) =>
        string.Join("; ", values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Name}={v.Quantity.Value:R} {v.Quantity.Unit.Symbol}")));
}
