using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>An input that keeps one value for the whole protocol.</summary>
/// <param name="Name">Model input it drives.</param>
/// <param name="Unit">Unit of <paramref name="Value"/>.</param>
/// <param name="Value">The value.</param>
public sealed record ConstantInput(string Name, Unit Unit, double Value) : InputSignal(Name, Unit)
{
    /// <inheritdoc/>
    public override double ValueAt(double seconds) => Value;
}
