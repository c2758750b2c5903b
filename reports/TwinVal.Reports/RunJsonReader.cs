using System.Collections.Immutable;
using System.Text.Json;
using TwinVal.Harness;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Properties;
using TwinVal.Harness.Reporting;
using TwinVal.Harness.Units;

namespace TwinVal.Reports;

/// <summary>
/// Reads run.json (as written by <see cref="RunJsonExporter"/>) back into a <see cref="RunSummary"/>, so reports can
/// be re-rendered from a run record alone. A malformed file yields problems naming the file, the position (for JSON
/// syntax errors) and the field, never an exception.
/// </summary>
public static class RunJsonReader
{
    /// <summary>Reads the run.json at <paramref name="path"/>.</summary>
    public static async Task<(RunSummary? Summary, ImmutableArray<Problem> Problems)> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                using var document = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
                return Read(document, path);
            }
        }
        catch (JsonException ex)
        {
            return Failed(path, (int?)ex.LineNumber + 1, (int?)ex.BytePositionInLine + 1, null, $"not valid JSON: {ex.Message}");
        }
        catch (IOException ex)
        {
            return Failed(path, null, null, null, $"cannot read the run record: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return Failed(path, null, null, null, $"cannot read the run record: {ex.Message}");
        }
    }

    /// <summary>Reads run.json text; <paramref name="fileName"/> names it in problems.</summary>
    public static (RunSummary? Summary, ImmutableArray<Problem> Problems) Read(string json, string fileName = "run.json")
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document, fileName);
        }
        catch (JsonException ex)
        {
            return Failed(fileName, (int?)ex.LineNumber + 1, (int?)ex.BytePositionInLine + 1, null, $"not valid JSON: {ex.Message}");
        }
    }

    private static (RunSummary? Summary, ImmutableArray<Problem> Problems) Read(JsonDocument document, string fileName)
    {
        try
        {
            var root = new RecordNode(document.RootElement, string.Empty);
            var version = root["formatVersion"].Int();
            if (version != RunJsonExporter.FormatVersion)
            {
                return Failed(fileName, null, null, "formatVersion",
                    $"format version {version} is not supported; this TwinVal reads version {RunJsonExporter.FormatVersion}");
            }

            var summary = new RunSummary(
                ReadInfo(root["info"]),
                root["cases"].Array(ReadCase),
                root["solvers"].Array(ReadSolver),
                root["results"].Array(ReadResult),
                root["problems"].Array(ReadProblem));
            return (summary, []);
        }
        catch (RecordFormatException ex)
        {
            return Failed(fileName, null, null, ex.Field, ex.Reason);
        }
    }

    private static RunInfo ReadInfo(RecordNode n)
    {
        var e = n["environment"];
        return new RunInfo(
            n["runId"].String(),
            n["harnessVersion"].String(),
            n["gitCommit"].String(),
            new EnvironmentInfo(e["operatingSystem"].String(), e["runtime"].String(), e["architecture"].String(), e["processorCount"].Int(), e["machineName"].String()),
            n["tier"].String(),
            n["seed"].Long(),
            n["commandLine"].Strings(),
            n["startedUtc"].Timestamp(),
            n["finishedUtc"].IsNull ? null : n["finishedUtc"].Timestamp(),
            n["status"].Enum<RunStatus>());
    }

    // Solver file hashes were added within format 1: older records have none.
    private static SolverRecord ReadSolver(RecordNode n) => new(n["id"].String(), n["version"].String(), n["kind"].String(), n["models"].Strings())
    {
        Files = n.Has("files") ? n["files"].Array(f => new SolverFileHash(f["role"].String(), f["path"].String(), f["sha256"].String())) : [],
    };

    private static CaseRecord ReadCase(RecordNode n) => new(
        n["id"].String(), n["title"].String(), n["domain"].String(), n["kind"].String(), n["tier"].String(), n["model"].String(),
        n["modelVersion"].String(), n["path"].String(), n["sha256"].String(), n["referenceClass"].String(), n["citation"].String());

    private static JudgedRun ReadResult(RecordNode n)
    {
        var d = n["diagnostics"];
        var diagnostics = d.IsNull
            ? null
            : new SolverDiagnostics(d["method"].String(), d["steps"].Long(), d["rejectedSteps"].Long(), d["rhsEvaluations"].Long(),
                d["jacobianEvaluations"].Long(), d["wallMs"].Milliseconds(), d["notes"].Strings());
        return new JudgedRun(
            n["case"].String(),
            n["solver"].String(),
            n["verdict"].Enum<Verdict>(),
            n["checks"].Array(ReadCheck),
            n["message"].String(),
            n["wallMs"].Milliseconds(),
            diagnostics)
        {
            // Added within format 1: records written before ladders were kept have none.
            Ladders = n.Has("ladders") ? n["ladders"].Array(ReadLadder) : [],
            Validations = n.Has("validations") ? n["validations"].Array(ValidationJson.Read) : [],
        };
    }

    private static LadderRecord ReadLadder(RecordNode n) => new(
        n["check"].String(), n["variable"].String(), n["qoi"].String(), n["hName"].String(), n["hUnit"].String(), n["phiUnit"].String(),
        n["levels"].Array(l => new LadderLevel(l["level"].Int(), l["h"].Double(), l["phi"].Double(), l["output"].String())),
        n["behaviour"].String(),
        n["expectedOrder"].IsNull ? null : n["expectedOrder"].Double(),
        n["observedOrder"].Double(), n["orderUsed"].Double(), n["extrapolatedValue"].Double(), n["gciFine"].Double(), n["asymptoticRatio"].Double());

    private static CheckResult ReadCheck(RecordNode c) => new(
        c["check"].String(), c["metric"].String(), c["variable"].String(), c["value"].Double(), c["limit"].Double(),
        c["margin"].Double(), c["unit"].String(), c["verdict"].Enum<Verdict>(), c["message"].String())
    {
        // Only property checks carry the object; every other check has no "property" field.
        Property = c.Has("property") ? ReadProperty(c["property"]) : null,
    };

    private static PropertyEvidence ReadProperty(RecordNode p) => new(
        p["seed"].UnsignedFromString(),
        p["gamma"].UnsignedFromString(),
        p["samples"].Int(),
        p["shrinkSteps"].Int(),
        p["counterexample"].Array(v => new NamedQuantity(v["name"].String(), new Quantity(v["value"].Double(), v["unit"].Unit()))));

    private static Problem ReadProblem(RecordNode n) => new(
        n["file"].String(), n["line"].NullableInt(), n["column"].NullableInt(), n["field"].NullableString(), n["message"].String(),
        n["severity"].Enum<ProblemSeverity>());

    private static (RunSummary? Summary, ImmutableArray<Problem> Problems) Failed(string file, int? line, int? column, string? field, string message) =>
        (null, [new Problem(file, line, column, field, message)]);
}
