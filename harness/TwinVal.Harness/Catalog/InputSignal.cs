using System.Text.Json.Serialization;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// A prescribed input of the protocol (inflow, stimulus current, dose rate) as a function of time.
/// Subclasses are the vocabulary of case.yaml's <c>protocol.inputs[].kind</c>.
/// </summary>
/// <param name="Name">The model input it drives, for example <c>Q_in</c> or <c>I_stim</c>.</param>
/// <param name="Unit">Unit of the input's values.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ConstantInput), "constant")]
[JsonDerivedType(typeof(StepInput), "step")]
[JsonDerivedType(typeof(PulseInput), "pulse")]
[JsonDerivedType(typeof(SineInput), "sine")]
[JsonDerivedType(typeof(FourierInput), "fourier")]
[JsonDerivedType(typeof(TabulatedInput), "tabulated")]
public abstract record InputSignal(string Name, Unit Unit)
{
    /// <summary>The input's value in <see cref="Unit"/> at time <paramref name="seconds"/> (SI seconds).</summary>
    public abstract double ValueAt(double seconds);

    /// <summary>
    /// Times (SI seconds) where the input jumps. Integrators must not step across them blindly:
    /// a discontinuity inside a step costs the method its order.
    /// </summary>
    public virtual IEnumerable<double> Discontinuities() => [];
}
