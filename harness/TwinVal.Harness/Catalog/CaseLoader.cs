using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Loads one case folder: parses case.yaml (keeping every node's line and column), validates it against
/// <c>case.schema.json</c>, runs the semantic checks, reads and verifies the reference files, and computes the content
/// hash. Every problem of every file is collected; the case is returned only when none is an error.
/// </summary>
public sealed class CaseLoader
{
    /// <summary>The file name of a case description.</summary>
    public const string CaseFileName = "case.yaml";

    private readonly string? schemaPath;

    /// <summary>
    /// Creates a loader. With <paramref name="schemaPath"/> every case is validated against that schema file; without
    /// it, the schema is found by walking up from each case folder to <c>reference-cases/schema/</c>, falling back to
    /// the copy embedded in the harness.
    /// </summary>
    public CaseLoader(string? schemaPath = null) => this.schemaPath = schemaPath;

    /// <summary>Loads the case in <paramref name="caseFolder"/>.</summary>
    public CaseLoadResult Load(string caseFolder)
    {
        var caseFile = Path.Combine(caseFolder, CaseFileName);
        var problems = new ProblemList(caseFile);
        var text = ReadText(caseFile, problems);
        if (text is null)
        {
            return Result(caseFolder, null, problems);
        }

        // Malformed YAML ends here; a document with non-finite numbers is still validated, so that every other
        // problem of the file is reported in the same pass.
        var json = YamlJsonConverter.Convert(text, problems);
        if (json is null)
        {
            return Result(caseFolder, null, problems);
        }

        var schema = CaseSchema.For(caseFolder, schemaPath, problems);
        schema?.Validate(json, problems);
        if (schema is null || problems.HasErrors || json is not JsonObject root)
        {
            UnitScan.Report(json, string.Empty, problems);
            return Result(caseFolder, null, problems);
        }

        var doc = new InputFileChecks(problems, caseFolder).Resolve(new CaseModelReader(problems).Read(root));
        new CaseChecks(problems).Check(doc, new DirectoryInfo(Path.GetFullPath(caseFolder)).Name);
        var tables = new ReferenceFileChecks(problems, caseFolder).Check(doc);
        new RefinementChecks(problems).CheckDividesReferenceTimes(doc, tables);
        var dataTables = new DataTableChecks(problems, caseFolder).Check(doc);
        return Result(caseFolder, problems.HasErrors ? null : Build(doc, tables, caseFolder) with { DataTables = dataTables }, problems);
    }

    private static string? ReadText(string caseFile, ProblemList problems)
    {
        if (!File.Exists(caseFile))
        {
            problems.Add(new Problem(caseFile, null, null, null, "missing: a case folder must contain case.yaml"));
            return null;
        }

        try
        {
            return File.ReadAllText(caseFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new Problem(caseFile, null, null, null, $"cannot read the file: {ex.Message}"));
            return null;
        }
    }

    private static ReferenceCase Build(CaseDocument doc, ImmutableArray<ReferenceTable> tables, string caseFolder)
    {
        var hashed = new[] { CaseFileName }.Concat(doc.ReferenceFiles.Select(f => f.Path)).Concat(doc.DataTables.IsDefault ? [] : doc.DataTables.Select(t => t.Path)).Concat(InputFileChecks.Files(doc.Protocol)).Append(ReferenceFileChecks.ProvenanceFile);
        return new ReferenceCase
        {
            Id = doc.Id,
            Title = doc.Title,
            Domain = doc.Domain,
            Kind = doc.Kind,
            Tier = doc.Tier,
            Tags = doc.Tags,
            Model = doc.Model,
            Purpose = doc.Purpose,
            ContextOfUse = doc.ContextOfUse,
            Parameters = doc.Parameters,
            InitialState = doc.InitialState,
            Protocol = doc.Protocol,
            Outputs = doc.Outputs,
            Numerics = doc.Numerics,
            Credibility = doc.Credibility,
            Refinement = doc.Refinement,
            ReportPlots = doc.ReportPlots.IsDefault ? [] : doc.ReportPlots,
            ParameterRanges = doc.ParameterRanges,
            Properties = doc.Properties,
            Ensemble = doc.Ensemble,
            Validation = doc.Validation,
            Reference = new ReferenceData(doc.ReferenceClass, doc.Citation, tables),
            Acceptance = doc.Acceptance,
            FolderPath = Path.GetFullPath(caseFolder),
            ContentHash = CaseContentHash.Compute(caseFolder, hashed),
        };
    }

    private static CaseLoadResult Result(string caseFolder, ReferenceCase? loaded, ProblemList problems) =>
        new(caseFolder, loaded, [.. problems.Items.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0).ThenBy(p => p.Column ?? 0)])
        {
            IdPosition = problems.Map.Locate("/id", preferValue: true),
        };
}
