using System.Collections.Immutable;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// The <c>refinement</c> block of a case: the levels at which the case is solved again for its convergence checks. Each
/// level is the case with one numerical setting replaced.
/// </summary>
/// <param name="Parameter">The setting varied.</param>
/// <param name="Steps">The time steps of a fixed-step ladder or the grid spacings of a dx ladder, in declaration order (empty for an rtol ladder).</param>
/// <param name="Tolerances">The relative tolerances of an rtol ladder, in declaration order (empty for a fixed-step ladder).</param>
public sealed record RefinementLadder(RefinementParameter Parameter, ImmutableArray<Quantity> Steps, ImmutableArray<double> Tolerances)
{
    /// <summary>Number of levels.</summary>
    public int Count => Parameter == RefinementParameter.Rtol ? Tolerances.Length : Steps.Length;

    /// <summary>
    /// The representative size h of level <paramref name="index"/>: the step in seconds, the grid spacing in metres, or the tolerance itself. Using
    /// rtol as h treats the global error of a tolerance-proportional adaptive method as a power of rtol, so the observed
    /// order of an rtol ladder is the method's tolerance proportionality, not its step order.
    /// </summary>
    public double H(int index) => Parameter switch
    {
        RefinementParameter.FixedStep => Steps[index].In(SiUnits.Second),
        RefinementParameter.Dx => Steps[index].In(SiUnits.Metre),
        _ => Tolerances[index],
    };

    /// <summary><paramref name="numerics"/> with level <paramref name="index"/>'s value in place of the varied setting.</summary>
    public NumericsSettings Apply(NumericsSettings numerics, int index)
    {
        ArgumentNullException.ThrowIfNull(numerics);
        return Parameter switch
        {
            RefinementParameter.FixedStep => numerics with { FixedStep = Steps[index] },
            RefinementParameter.Dx => numerics with { Dx = Steps[index] },
            _ => numerics with { RelativeTolerance = Tolerances[index] },
        };
    }
}
