using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TwinVal.Harness;
using TwinVal.Harness.Catalog;

namespace TwinVal.External.Manifests;

/// <summary>
/// Loads <c>solver.yaml</c>: YAML syntax, then the JSON Schema (solvers/external/schema/solver.schema.json), then
/// checks the schema cannot express (placeholders, the program exists and is executable). Every problem names the
/// file, line, column and field.
/// </summary>
public static partial class ManifestLoader
{
    /// <summary>Default time limit of one run when the manifest gives none.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private const long MiB = 1024L * 1024;
    private static readonly string[] Placeholders = ["{input}", "{outdir}", "{workdir}", "{solverdir}"];

    /// <summary>Loads the manifest at <paramref name="path"/>, resolving a bare program name on <paramref name="searchPath"/> (PATH when null).</summary>
    public static ManifestLoadResult Load(string path, string? searchPath = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ProblemList(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Problem(path, null, null, null, $"cannot read the manifest: {ex.Message}"));
            return new ManifestLoadResult(null, [.. problems.Items]);
        }

        var json = YamlJsonConverter.Convert(text, problems);
        if (json is null || problems.HasErrors)
        {
            return new ManifestLoadResult(null, [.. problems.Items]);
        }

        ManifestSchema.Validate(json, problems);
        if (problems.HasErrors || json is not JsonObject root)
        {
            return new ManifestLoadResult(null, [.. problems.Items]);
        }

        var argv = Strings(root["argv"]);
        CheckPlaceholders(argv, "/argv", problems);
        var probe = Strings(root["version-probe"]);
        CheckPlaceholders(probe, "/version-probe", problems);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var pathVariable = searchPath ?? System.Environment.GetEnvironmentVariable("PATH");
        var program = ProgramResolver.Resolve(argv[0], folder, pathVariable, out var error);
        if (error is not null)
        {
            problems.At("/argv/0", error, preferValue: true);
        }

        if (!probe.IsEmpty && ProgramResolver.Resolve(probe[0], folder, pathVariable, out var probeError) is null)
        {
            problems.At("/version-probe/0", probeError!, preferValue: true);
        }

        if (problems.HasErrors)
        {
            return new ManifestLoadResult(null, [.. problems.Items]);
        }

        var manifest = new SolverManifest(
            path,
            root["id"]!.GetValue<string>(),
            root["version"]!.GetValue<string>(),
            root["description"]?.GetValue<string>() ?? string.Empty,
            program!,
            argv[1..],
            Strings(root["models"]),
            root["timeout-seconds"] is { } seconds ? TimeSpan.FromSeconds(Number(seconds)) : DefaultTimeout,
            (root["environment"] as JsonObject)?.ToImmutableDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal)
                ?? ImmutableDictionary<string, string>.Empty,
            Strings(root["pass-environment"]),
            probe,
            root["concurrent-runs"]?.GetValue<bool>() ?? false,
            root["allow-non-finite"]?.GetValue<bool>() ?? false,
            (long)((root["max-output-mebibytes"] is { } mebibytes ? Number(mebibytes) : 64.0) * MiB));
        return new ManifestLoadResult(manifest, [.. problems.Items]);
    }

    // YAML integers arrive as long, decimals as double; the schema already guaranteed a number.
    private static double Number(JsonNode node) => double.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    private static ImmutableArray<string> Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(n => n!.GetValue<string>())] : [];

    private static void CheckPlaceholders(ImmutableArray<string> argv, string pointer, ProblemList problems)
    {
        for (var i = 0; i < argv.Length; i++)
        {
            foreach (Match match in PlaceholderPattern().Matches(argv[i]))
            {
                if (!Placeholders.Contains(match.Value, StringComparer.Ordinal))
                {
                    problems.At($"{pointer}/{i}", $"unknown placeholder '{match.Value}'; expected {string.Join(", ", Placeholders)}", preferValue: true);
                }
            }
        }
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex PlaceholderPattern();
}
