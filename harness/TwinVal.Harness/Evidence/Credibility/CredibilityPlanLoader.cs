using System.Collections.Immutable;
using System.Text.Json.Nodes;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Reporting;

namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>
/// Loads a credibility plan (YAML) with the machinery of case.yaml: YAML → JSON with a source map, validation against
/// <c>credibility-plan.schema.json</c> (found above the file in <c>reference-cases/schema/</c>, else the embedded copy),
/// then the checks the schema cannot express (each factor targeted once). Every problem names file, line and field.
/// </summary>
public static class CredibilityPlanLoader
{
    /// <summary>Loads the plan in <paramref name="path"/>.</summary>
    public static CredibilityPlanLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ProblemList(path);
        var plan = Read(path, problems);
        return new CredibilityPlanLoadResult(
            path,
            problems.HasErrors ? null : plan,
            [.. problems.Items.OrderBy(p => p.Line ?? 0).ThenBy(p => p.Column ?? 0)]);
    }

    private static CredibilityPlan? Read(string path, ProblemList problems)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var reason = ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : ex.Message;
            problems.Add(new Problem(path, null, null, null, $"cannot read the credibility plan: {reason}"));
            return null;
        }

        var json = YamlJsonConverter.Convert(text, problems);
        if (json is null)
        {
            return null;
        }

        var schema = CaseSchema.ForPlan(path, problems);
        schema?.Validate(json, problems);
        if (schema is null || problems.HasErrors || json is not JsonObject root)
        {
            return null;
        }

        var targets = root["targets"]!.AsArray()
            .Select(t => new FactorTarget(
                CaseModelReader.EnumValue<CredibilityFactor>(t!["factor"]),
                CaseModelReader.EnumValue<Rigor>(t["target"]),
                CaseModelReader.Text(t["rationale"]).Trim()))
            .ToImmutableArray();
        CheckUnique(targets, problems);
        return new CredibilityPlan(
            CaseModelReader.Text(root["question-of-interest"]).Trim(),
            CaseModelReader.Text(root["context-of-use"]).Trim(),
            CaseModelReader.EnumValue<RiskLevel>(root["model-influence"]),
            CaseModelReader.EnumValue<RiskLevel>(root["decision-consequence"]),
            targets);
    }

    // Two targets for one factor leave the required gradation ambiguous; the assessment would have to pick one silently.
    private static void CheckUnique(ImmutableArray<FactorTarget> targets, ProblemList problems)
    {
        var seen = new Dictionary<CredibilityFactor, int>();
        for (var i = 0; i < targets.Length; i++)
        {
            if (!seen.TryAdd(targets[i].Factor, i))
            {
                problems.At(
                    $"/targets/{i}/factor",
                    $"factor '{KebabCase.Of(targets[i].Factor)}' is already targeted by targets[{seen[targets[i].Factor]}]; each factor takes one target",
                    preferValue: true);
            }
        }
    }
}
