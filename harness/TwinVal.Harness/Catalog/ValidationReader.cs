using System.Collections.Immutable;
using System.Text.Json.Nodes;
using TwinVal.Harness.Ensembles;
using TwinVal.Harness.Evidence.Uncertainty;
using TwinVal.Harness.Evidence.Validation;
using TwinVal.Harness.Units;

namespace TwinVal.Harness.Catalog;

/// <summary>Builds the <see cref="ValidationSpec"/> of a schema-valid <c>validation</c> block.</summary>
internal sealed class ValidationReader(CaseModelReader reader, ProblemList problems)
{
    /// <summary>Coverage factor when none is declared: k = 2, about 95 % for a normal total error (V&amp;V 20-2009 §1-5).</summary>
    public const double DefaultCoverageFactor = 2.0;

    public ValidationSpec? Read(JsonObject? validation)
    {
        if (validation is null)
        {
            return null;
        }

        var comparisons = validation["comparisons"]!.AsArray().Select((c, i) => Comparison(c!.AsObject(), $"/validation/comparisons/{i}"));
        return new ValidationSpec([.. comparisons], Inputs(validation["input-uncertainty"] as JsonObject));
    }

    private InputUncertaintySpec? Inputs(JsonObject? inputs)
    {
        if (inputs is null)
        {
            return null;
        }

        // The ensemble reader already turns a schema-valid distribution mapping into a SampledParameter (and reports bad ranges).
        var ensemble = new EnsembleReader(reader, problems);
        var parameters = (inputs["parameters"] as JsonObject ?? []).Select(e => ensemble.Sampled(e.Key, e.Value!.AsObject(), SourceMap.Child("/validation/input-uncertainty/parameters", e.Key)));
        return new InputUncertaintySpec(
            CaseModelReader.EnumValue<SamplingMethod>(inputs["method"]),
            (int)CaseModelReader.Number(inputs["samples"]),
            (ulong)CaseModelReader.Number(inputs["seed"]),
            [.. parameters.OfType<SampledParameter>()]);
    }

    private ValidationComparisonSpec Comparison(JsonObject c, string pointer)
    {
        var datum = c["datum"]!.AsObject();
        var uNum = c["u-num"]!.AsObject();
        var criterion = c["criterion"] as JsonObject;
        var unit = reader.ReadUnit(datum["unit"], pointer + "/datum/unit");
        return new ValidationComparisonSpec(
            CaseModelReader.Text(c["id"]),
            CaseModelReader.Text(c["variable"]),
            AcceptanceReader.ReadQoi(reader, c["qoi"]!.AsObject(), pointer),
            new Quantity(CaseModelReader.Number(datum["value"]), unit),
            new Quantity(CaseModelReader.Number(datum["u"]), unit),
            CaseModelReader.Text(datum["citation"]).Trim(),
            new NumericalUncertaintySource(
                reader.ReadQuantity(uNum["value"], pointer + "/u-num/value"),
                uNum["convergence-check"] is { } check ? CaseModelReader.Text(check) : null,
                CaseModelReader.OptionalNumber(uNum["gci-divisor"]) ?? 1.0,
                CaseModelReader.Text(uNum["justification"]).Trim()),
            CaseModelReader.OptionalNumber(criterion?["k"]) ?? DefaultCoverageFactor,
            reader.ReadQuantity(criterion?["clinical-tolerance"], pointer + "/criterion/clinical-tolerance"),
            c["description"] is { } description ? CaseModelReader.Text(description).Trim() : null);
    }
}
