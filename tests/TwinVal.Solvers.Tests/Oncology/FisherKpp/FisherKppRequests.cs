using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Units;
using static TwinVal.Solvers.Tests.Oncology.OncologyRequests;
using static TwinVal.Solvers.Tests.Requests;

namespace TwinVal.Solvers.Tests.Oncology.FisherKpp;

/// <summary>Proliferation–invasion requests in scaled units (D = 1 mm²/day, ρ = 1/day unless overridden).</summary>
internal static class FisherKppRequests
{
    public static SolveRequest Build(
        string model,
        int dimension,
        double[] times,
        string[] outputs,
        double dx,
        double? dt = null,
        double d = 1.0,
        double seedDensity = 1.0,
        double seedRadius = 5.0,
        double length = 60.0,
        IEnumerable<NamedQuantity>? extra = null)
    {
        NamedQuantity[] parameters =
        [
            Q("dimension", dimension, "1"), Q("D", d, "mm^2/day"), Q("rho", 1.0, "1/day"), Q("domain_length", length, "mm"),
            Q("seed_radius", seedRadius, "mm"), Q("threshold_t1", 0.8, "1"), Q("threshold_t2", 0.16, "1"), Q("speed_window", 2.0, "day"),
        ];
        var numerics = new NumericsSettings(
            FixedStep: dt is { } step ? new Quantity(step, Unit.Parse("day")) : null, Dx: new Quantity(dx, Unit.Parse("mm")));
        var units = outputs.Select(o => o[..^3] switch { "front" => "mm", "speed" => "mm/day", _ => "mm^3" });
        var request = OncologyRequests.Build(
            model, [.. parameters, .. extra ?? []], [Q("u", seedDensity, "1")], "day", times, outputs.Zip(units, Out), numerics: numerics);
        return request with { Protocol = request.Protocol with { StartTime = new Quantity(0, Unit.Parse("day")) } };
    }
}
