using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// A JSON Schema of the case library — case.yaml's (<see cref="FileName"/>) or a credibility plan's
/// (<see cref="PlanFileName"/>): found by walking up from the file's folder to <c>reference-cases/schema/</c>, with the
/// copy embedded in the assembly as fallback (files outside the repository, installed tools).
/// </summary>
internal sealed class CaseSchema
{
    /// <summary>File name of the schema.</summary>
    public const string FileName = "case.schema.json";

    /// <summary>File name of the credibility plan schema.</summary>
    public const string PlanFileName = "credibility-plan.schema.json";

    private static readonly ConcurrentDictionary<string, CaseSchema> Cache = new(StringComparer.Ordinal);
    private static readonly Lazy<CaseSchema> EmbeddedSchema = new(() => LoadEmbedded(FileName));
    private static readonly Lazy<CaseSchema> EmbeddedPlanSchema = new(() => LoadEmbedded(PlanFileName));

    // JsonSchema.Net 7.4.0 gives wrong results when one schema is evaluated on several threads at once
    // (json-everything issue #929: a broken case could pass). Evaluations are serialised; they take milliseconds.
    private static readonly Lock EvaluationLock = new();

    private readonly JsonSchema schema;

    private CaseSchema(string text, string source)
    {
        Source = source;
        Document = JsonNode.Parse(text) ?? throw new InvalidDataException($"{source}: empty schema");
        schema = JsonSchema.FromText(text);
    }

    /// <summary>Where the schema was read from (a path, or "embedded").</summary>
    public string Source { get; }

    /// <summary>The schema as a JSON tree, navigated to phrase messages (descriptions, allowed fields).</summary>
    public JsonNode Document { get; }

    /// <summary>The embedded copy.</summary>
    public static CaseSchema Embedded => EmbeddedSchema.Value;

    /// <summary>
    /// The schema that governs <paramref name="caseFolder"/> (or the file <paramref name="explicitPath"/>); null, with a
    /// problem recorded, when that schema file cannot be read or is not a JSON Schema.
    /// </summary>
    public static CaseSchema? For(string caseFolder, string? explicitPath, ProblemList problems) =>
        Resolve(explicitPath ?? Locate(caseFolder), EmbeddedSchema, "case", problems);

    /// <summary>
    /// The credibility plan schema that governs the plan file <paramref name="planFile"/>; null, with a problem
    /// recorded, when the schema file found cannot be used.
    /// </summary>
    public static CaseSchema? ForPlan(string planFile, ProblemList problems) =>
        Resolve(Locate(Path.GetDirectoryName(Path.GetFullPath(planFile))!, PlanFileName), EmbeddedPlanSchema, "credibility plan", problems);

    private static CaseSchema? Resolve(string? path, Lazy<CaseSchema> embedded, string what, ProblemList problems)
    {
        if (path is null)
        {
            return embedded.Value;
        }

        try
        {
            return Cache.GetOrAdd(Path.GetFullPath(path), p => new CaseSchema(File.ReadAllText(p), p));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            problems.Add(new Problem(path, null, null, null, $"cannot use the {what} schema: {ex.Message}"));
            return null;
        }
    }

    /// <summary>The first <c>reference-cases/schema/</c><paramref name="fileName"/> at or above <paramref name="caseFolder"/>.</summary>
    public static string? Locate(string caseFolder, string fileName = FileName)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(caseFolder)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "reference-cases", "schema", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (dir.Name == "reference-cases" && File.Exists(Path.Combine(dir.FullName, "schema", fileName)))
            {
                return Path.Combine(dir.FullName, "schema", fileName);
            }
        }

        return null;
    }

    /// <summary>Validates <paramref name="instance"/> and records every error, placed and phrased for authors.</summary>
    public void Validate(JsonNode? instance, ProblemList problems)
    {
        // List output: one flat entry per failing keyword, each with its instance location and evaluation path.
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        EvaluationResults results;
        lock (EvaluationLock)
        {
            results = schema.Evaluate(instance, options);
        }

        if (!results.IsValid)
        {
            new SchemaErrorTranslator(Document, instance, problems).Translate(results);
        }
    }

    private static CaseSchema LoadEmbedded(string fileName)
    {
        var resourceName = "TwinVal.Harness.Catalog." + fileName;
        using var stream = typeof(CaseSchema).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded resource {resourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return new CaseSchema(reader.ReadToEnd(), "embedded");
    }
}
