using System.Globalization;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Properties;

/// <summary>
/// Volume balance of the two-element Windkessel C·dP/dt = Q_in − P/R (Westerhof et al. 2009,
/// doi:10.1007/s11517-008-0359-2): the stored volume change C·(P(T) − P(0)) equals the inflow ∫Q_in dt minus the
/// outflow ∫P/R dt. Both integrals are taken by the trapezoidal rule on the output samples, so the tolerance must allow
/// its O(h²) error; the limit is atol (in mL) + rtol·∫Q_in dt.
/// </summary>
public sealed class WindkesselVolumeBalance : IModelProperty
{
    /// <inheritdoc/>
    public string ModelId => "windkessel2";

    /// <inheritdoc/>
    public string Name => "volume-balance";

    /// <inheritdoc/>
    public PropertyOutcome Evaluate(PropertySpec spec, ReferenceCase point, SolverOutput output)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(point);
        var millilitre = Unit.Parse("mL");
        var r = CaseVariants.ValueOf(point, "R")?.In("mmHg*s/mL");
        var c = CaseVariants.ValueOf(point, "C")?.In("mL/mmHg");
        if (r is null || c is null || OutputReader.Values(output, "P", Unit.Parse("mmHg"), out var reason) is not { } p)
        {
            return PropertyOutcome.Broken("volume-balance needs parameters R and C and the output P");
        }

        var inflow = point.Protocol.Inputs.FirstOrDefault(i => i.Name == "Q_in");
        var perSecond = inflow is null ? 0.0 : inflow.Unit.Convert(1.0, Unit.Parse("mL/s"));
        var t = OutputReader.Seconds(output);
        var (volumeIn, volumeOut) = (0.0, 0.0);
        for (var i = 1; i < t.Length; i++)
        {
            var h = t[i] - t[i - 1];
            var q = inflow is null ? 0.0 : 0.5 * (inflow.ValueAt(t[i - 1]) + inflow.ValueAt(t[i])) * perSecond;
            volumeIn += h * q;
            volumeOut += h * 0.5 * (p[i - 1] + p[i]) / r.Value;
        }

        var stored = c.Value * (p[^1] - p[0]);
        var imbalance = Math.Abs(stored - (volumeIn - volumeOut));
        var limit = (spec.Atol?.In(millilitre) ?? 0.0) + (spec.Rtol * Math.Abs(volumeIn));
        return PropertyOutcome.AtMost(imbalance, limit, "mL", string.Create(CultureInfo.InvariantCulture,
            $"|C·ΔP − (∫Q_in − ∫P/R)| with C·ΔP = {stored:G8} mL, ∫Q_in = {volumeIn:G8} mL, ∫P/R = {volumeOut:G8} mL"));
    }
}
