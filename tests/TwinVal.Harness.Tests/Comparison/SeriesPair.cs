namespace TwinVal.Harness.Tests.Comparison;

/// <summary>A reference series, a solution near it, and their time axis.</summary>
public sealed record SeriesPair(double[] Time, double[] Reference, double[] Solution)
{
    public override string ToString() =>
        $"r = [{string.Join(", ", Reference)}], s = [{string.Join(", ", Solution)}]";
}
