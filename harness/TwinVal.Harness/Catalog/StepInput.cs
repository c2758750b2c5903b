using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>An input that jumps from <paramref name="Before"/> to <paramref name="After"/> at <paramref name="Onset"/>.</summary>
/// <param name="Name">Model input it drives.</param>
/// <param name="Unit">Unit of the values.</param>
/// <param name="Before">Value for t &lt; onset.</param>
/// <param name="After">Value for t ≥ onset.</param>
/// <param name="Onset">Time of the jump.</param>
public sealed record StepInput(string Name, Unit Unit, double Before, double After, Quantity Onset) : InputSignal(Name, Unit)
{
    /// <inheritdoc/>
    public override double ValueAt(double seconds) => seconds < Onset.In(SiUnits.Second) ? Before : After;

    /// <inheritdoc/>
    public override IEnumerable<double> Discontinuities() => [Onset.In(SiUnits.Second)];
}
