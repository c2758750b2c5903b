using System.Text.Json.Nodes;
using Json.Schema;
using TwinVal.Harness.Catalog;

namespace TwinVal.External.Manifests;

/// <summary>The JSON Schema of solver.yaml, embedded in the assembly (published at solvers/external/schema/).</summary>
internal static class ManifestSchema
{
    private const string ResourceName = "TwinVal.External.solver.schema.json";

    // JsonSchema.Net 7.4.0 is not safe when one schema is evaluated on several threads (json-everything #929).
    private static readonly Lock EvaluationLock = new();
    private static readonly Lazy<(JsonSchema Schema, JsonNode Document)> Loaded = new(Load);

    /// <summary>Validates <paramref name="instance"/>, recording every error placed at its YAML position.</summary>
    public static void Validate(JsonNode? instance, ProblemList problems)
    {
        var (schema, document) = Loaded.Value;
        EvaluationResults results;
        lock (EvaluationLock)
        {
            results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        }

        if (!results.IsValid)
        {
            new SchemaErrorTranslator(document, instance, problems).Translate(results);
        }
    }

    private static (JsonSchema, JsonNode) Load()
    {
        using var stream = typeof(ManifestSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        return (JsonSchema.FromText(text), JsonNode.Parse(text)!);
    }
}
