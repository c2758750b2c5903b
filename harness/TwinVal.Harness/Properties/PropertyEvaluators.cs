namespace TwinVal.Harness.Properties;

/// <summary>The evaluator of each property kind.</summary>
public static class PropertyEvaluators
{
    private static readonly SeriesPropertyEvaluator Series = new();
    private static readonly ResponsePropertyEvaluator Response = new();
    private static readonly InvariancePropertyEvaluator Invariance = new();

    /// <summary>The evaluator of <paramref name="kind"/>; model properties are looked up in <paramref name="registry"/>.</summary>
    public static IPropertyEvaluator For(PropertyKind kind, ModelPropertyRegistry registry) => kind switch
    {
        PropertyKind.MonotoneResponse or PropertyKind.Metamorphic => Response,
        PropertyKind.Invariance => Invariance,
        PropertyKind.Model => new ModelPropertyEvaluator(registry),
        _ => Series,
    };
}
