using System.Collections.Immutable;
using System.Text.Json.Nodes;
using TwinVal.Harness.Ensembles;
using TwinVal.Harness.Evidence.Uncertainty;

namespace TwinVal.Harness.Catalog;

/// <summary>Builds the <see cref="EnsembleSpec"/> of a schema-valid <c>ensemble</c> block.</summary>
internal sealed class EnsembleReader(CaseModelReader reader, ProblemList problems)
{
    public EnsembleSpec? Read(JsonObject? ensemble)
    {
        if (ensemble is null)
        {
            return null;
        }

        var sample = (ensemble["sample"] as JsonObject ?? []).Select(e => Sampled(e.Key, e.Value!.AsObject(), SourceMap.Child("/ensemble/sample", e.Key)));
        var checks = ensemble["checks"]!.AsArray().Select((c, i) => Check(c!.AsObject(), $"/ensemble/checks/{i}"));
        return new EnsembleSpec(
            (int)CaseModelReader.Number(ensemble["runs"]),
            (long)CaseModelReader.Number(ensemble["base-seed"]),
            [.. sample.OfType<SampledParameter>()],
            [.. checks]);
    }

    public SampledParameter? Sampled(string name, JsonObject node, string pointer)
    {
        double N(string field) => CaseModelReader.Number(node[field]);
        var unit = reader.ReadUnit(node["unit"], pointer + "/unit");
        try
        {
            // The schema guarantees each family's fields; the constructors check their ranges (min < max, mode inside).
            IInputDistribution distribution = CaseModelReader.Text(node["distribution"]) switch
            {
                "normal" => new NormalDistribution(N("mean"), N("sd")),
                "lognormal" => new LogNormalDistribution(Math.Log(N("median")), N("sigma-log")),
                "uniform" => new UniformDistribution(N("min"), N("max")),
                _ => new TriangularDistribution(N("min"), N("mode"), N("max")),
            };
            return new SampledParameter(name, distribution, unit);
        }
        catch (ArgumentException ex)
        {
            problems.At(pointer, $"invalid distribution: {ex.Message}");
            return null;
        }
    }

    private EnsembleCheck Check(JsonObject check, string pointer)
    {
        var q = check["qoi"]!.AsObject();
        var qoi = new QoiSpec(
            CaseModelReader.EnumValue<QoiKind>(q["kind"]),
            reader.ReadQuantity(q["at"], pointer + "/qoi/at"),
            reader.ReadQuantity(q["threshold"], pointer + "/qoi/threshold"),
            q["direction"] is { } d ? CaseModelReader.EnumValue<CrossingDirection>(d) : CrossingDirection.Rising);
        return new EnsembleCheck(
            CaseModelReader.Text(check["id"]),
            CaseModelReader.EnumValue<EnsembleTest>(check["test"]),
            CaseModelReader.Text(check["variable"]),
            qoi,
            reader.ReadQuantity(check["expected-mean"], pointer + "/expected-mean"),
            reader.ReadQuantity(check["expected-sd"], pointer + "/expected-sd"),
            CaseModelReader.OptionalNumber(check["mean-bound"]) ?? EnsembleCheck.DefaultMeanBound,
            CaseModelReader.OptionalNumber(check["variance-bound"]) ?? EnsembleCheck.DefaultVarianceBound,
            CaseModelReader.OptionalNumber(check["expected-fraction"]),
            CaseModelReader.OptionalNumber(check["z"]) ?? EnsembleCheck.DefaultZ,
            check["description"] is { } description ? CaseModelReader.Text(description).Trim() : null);
    }
}
