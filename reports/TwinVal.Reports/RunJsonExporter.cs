using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TwinVal.Harness;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;

namespace TwinVal.Reports;

/// <summary>
/// Writes run.json: the whole <see cref="RunSummary"/> (camelCase, indented, properties always in the same order),
/// so that every other report can be re-rendered from it by <see cref="RunJsonReader"/>. Times are UTC ISO-8601,
/// durations milliseconds, enums kebab case, and non-finite numbers the strings <c>NaN</c>, <c>Infinity</c>,
/// <c>-Infinity</c> (JSON has no literal for them).
/// </summary>
public sealed class RunJsonExporter : IReportExporter
{
    /// <summary>Version of the run.json layout; readers refuse layouts they do not know.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Relaxed escaping keeps µ, ², · and the like readable; the file is UTF-8 and never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc/>
    public string FileName => "run.json";

    /// <inheritdoc/>
    public async Task ExportAsync(RunSummary summary, Stream destination, CancellationToken cancellationToken)
    {
        var writer = new Utf8JsonWriter(destination, Options);
        await using (writer.ConfigureAwait(false))
        {
            Write(writer, summary);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>UTC ISO-8601 with seven fractional digits, as written in run.json.</summary>
    internal static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static void Write(Utf8JsonWriter w, RunSummary summary)
    {
        w.WriteStartObject();
        w.WriteNumber("formatVersion", FormatVersion);
        WriteInfo(w, summary.Info);
        w.WriteStartArray("cases");
        foreach (var c in summary.Cases)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("title", c.Title);
            w.WriteString("domain", c.Domain);
            w.WriteString("kind", c.Kind);
            w.WriteString("tier", c.Tier);
            w.WriteString("model", c.Model);
            w.WriteString("modelVersion", c.ModelVersion);
            w.WriteString("path", c.Path);
            w.WriteString("sha256", c.Sha256);
            w.WriteString("referenceClass", c.ReferenceClass);
            w.WriteString("citation", c.Citation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("solvers");
        foreach (var s in summary.Solvers)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("version", s.Version);
            w.WriteString("kind", s.Kind);
            WriteStrings(w, "models", s.Models);
            w.WriteStartArray("files");
            foreach (var f in s.Files)
            {
                w.WriteStartObject();
                w.WriteString("role", f.Role);
                w.WriteString("path", f.Path);
                w.WriteString("sha256", f.Sha256);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("results");
        foreach (var result in summary.Results)
        {
            WriteResult(w, result);
        }

        w.WriteEndArray();
        w.WriteStartArray("problems");
        foreach (var p in summary.Problems)
        {
            w.WriteStartObject();
            w.WriteString("file", p.File);
            WriteNullableInt(w, "line", p.Line);
            WriteNullableInt(w, "column", p.Column);
            w.WriteString("field", p.Field);
            w.WriteString("message", p.Message);
            w.WriteString("severity", KebabCase.Of(p.Severity));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteInfo(Utf8JsonWriter w, RunInfo info)
    {
        w.WriteStartObject("info");
        w.WriteString("runId", info.RunId);
        w.WriteString("harnessVersion", info.HarnessVersion);
        w.WriteString("gitCommit", info.GitCommit);
        w.WriteStartObject("environment");
        w.WriteString("operatingSystem", info.Environment.OperatingSystem);
        w.WriteString("runtime", info.Environment.Runtime);
        w.WriteString("architecture", info.Environment.Architecture);
        w.WriteNumber("processorCount", info.Environment.ProcessorCount);
        w.WriteString("machineName", info.Environment.MachineName);
        w.WriteEndObject();
        w.WriteString("tier", info.Tier);
        w.WriteNumber("seed", info.Seed);
        WriteStrings(w, "commandLine", info.CommandLine);
        w.WriteString("startedUtc", Timestamp(info.StartedUtc));
        w.WriteString("finishedUtc", info.FinishedUtc is { } finished ? Timestamp(finished) : null);
        w.WriteString("status", KebabCase.Of(info.Status));
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, JudgedRun result)
    {
        w.WriteStartObject();
        w.WriteString("case", result.CaseId);
        w.WriteString("solver", result.SolverId);
        w.WriteString("verdict", KebabCase.Of(result.Verdict));
        w.WriteString("message", result.Message);
        WriteDouble(w, "wallMs", result.WallTime.TotalMilliseconds);
        w.WriteNumber("checksPassed", result.ChecksPassed);
        w.WriteNumber("checksFailed", result.ChecksFailed);
        if (result.Diagnostics is { } d)
        {
            w.WriteStartObject("diagnostics");
            w.WriteString("method", d.Method);
            w.WriteNumber("steps", d.Steps);
            w.WriteNumber("rejectedSteps", d.RejectedSteps);
            w.WriteNumber("rhsEvaluations", d.RhsEvaluations);
            w.WriteNumber("jacobianEvaluations", d.JacobianEvaluations);
            WriteDouble(w, "wallMs", d.WallTime.TotalMilliseconds);
            WriteStrings(w, "notes", d.Notes);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("diagnostics");
        }

        w.WriteStartArray("checks");
        foreach (var check in result.Checks)
        {
            WriteCheck(w, check);
        }

        w.WriteEndArray();
        w.WriteStartArray("ladders");
        foreach (var ladder in result.Ladders)
        {
            WriteLadder(w, ladder);
        }

        w.WriteEndArray();
        w.WriteStartArray("validations");
        foreach (var validation in result.Validations)
        {
            ValidationJson.Write(w, validation);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteLadder(Utf8JsonWriter w, LadderRecord ladder)
    {
        w.WriteStartObject();
        w.WriteString("check", ladder.CheckId);
        w.WriteString("variable", ladder.Variable);
        w.WriteString("qoi", ladder.Qoi);
        w.WriteString("hName", ladder.HName);
        w.WriteString("hUnit", ladder.HUnit);
        w.WriteString("phiUnit", ladder.PhiUnit);
        w.WriteStartArray("levels");
        foreach (var level in ladder.Levels)
        {
            w.WriteStartObject();
            w.WriteNumber("level", level.Level);
            WriteDouble(w, "h", level.H);
            WriteDouble(w, "phi", level.Phi);
            w.WriteString("output", level.Output);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("behaviour", ladder.Behaviour);
        if (ladder.ExpectedOrder is { } expected)
        {
            WriteDouble(w, "expectedOrder", expected);
        }
        else
        {
            w.WriteNull("expectedOrder");
        }

        WriteDouble(w, "observedOrder", ladder.ObservedOrder);
        WriteDouble(w, "orderUsed", ladder.OrderUsed);
        WriteDouble(w, "extrapolatedValue", ladder.ExtrapolatedValue);
        WriteDouble(w, "gciFine", ladder.GciFine);
        WriteDouble(w, "asymptoticRatio", ladder.AsymptoticRatio);
        w.WriteEndObject();
    }

    private static void WriteCheck(Utf8JsonWriter w, CheckResult check)
    {
        w.WriteStartObject();
        w.WriteString("check", check.CheckId);
        w.WriteString("metric", check.Metric);
        w.WriteString("variable", check.Variable);
        WriteDouble(w, "value", check.Value);
        WriteDouble(w, "limit", check.Limit);
        WriteDouble(w, "margin", check.Margin);
        w.WriteString("unit", check.Unit);
        w.WriteString("verdict", KebabCase.Of(check.Verdict));
        w.WriteString("message", check.Message);
        if (check.Property is { } property)
        {
            // Seeds are unsigned 64-bit; written as strings so JSON readers that parse numbers as doubles keep every bit.
            w.WriteStartObject("property");
            w.WriteString("seed", property.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("gamma", property.Gamma.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("samples", property.Samples);
            w.WriteNumber("shrinkSteps", property.ShrinkSteps);
            w.WriteStartArray("counterexample");
            foreach (var value in property.Counterexample)
            {
                w.WriteStartObject();
                w.WriteString("name", value.Name);
                WriteDouble(w, "value", value.Quantity.Value);
                w.WriteString("unit", value.Quantity.Unit.Symbol);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void WriteNullableInt(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    // Utf8JsonWriter writes the shortest round-trip form of finite doubles; non-finite ones become strings.
    private static void WriteDouble(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }
}
