namespace TwinVal.Numerics;

/// <summary>Checks the options an adaptive method reads (the same rules as <see cref="DormandPrince54"/>).</summary>
internal static class AdaptiveOptions
{
    public static void Check(IntegrationOptions options)
    {
        var rtol = options.RelativeTolerance;
        var atol = options.AbsoluteTolerance;
        if (!(rtol >= 0) || !(atol >= 0) || !double.IsFinite(rtol) || !double.IsFinite(atol) || rtol + atol == 0)
        {
            throw new ArgumentException(
                $"tolerances must be finite and non-negative and not both zero; rtol = {IntegrationPlan.Format(rtol)}, atol = {IntegrationPlan.Format(atol)}",
                nameof(options));
        }

        if (!(options.MaxStep > 0) || !(options.InitialStep >= 0) || !double.IsFinite(options.InitialStep))
        {
            throw new ArgumentException(
                $"MaxStep must be positive and InitialStep finite and non-negative; MaxStep = {IntegrationPlan.Format(options.MaxStep)}, " +
                $"InitialStep = {IntegrationPlan.Format(options.InitialStep)}",
                nameof(options));
        }
    }
}
