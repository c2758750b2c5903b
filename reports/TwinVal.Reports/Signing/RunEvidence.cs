using System.Collections.Immutable;

namespace TwinVal.Reports.Signing;

/// <summary>The run-record files embedded in a report: run.json, results.csv, checks.csv and credibility.json when present.</summary>
public static class RunEvidence
{
    private static readonly ImmutableArray<(string Name, string Mime, string Description, string Relationship, bool Required)> Files =
    [
        ("run.json", "application/json", "Run record the report was rendered from", "Source", true),
        ("results.csv", "text/csv", "Per-run verdicts", "Data", true),
        ("checks.csv", "text/csv", "Every acceptance check with value, limit and margin", "Data", true),
        ("credibility.json", "application/json", "Credibility assessment against the plan (ASME V&V 40)", "Data", false),
    ];

    /// <summary>Reads the evidence files of the run record in <paramref name="folder"/>.</summary>
    /// <exception cref="SigningException">A required file is missing.</exception>
    public static ImmutableArray<EvidenceFile> Collect(string folder)
    {
        var result = ImmutableArray.CreateBuilder<EvidenceFile>();
        foreach (var (name, mime, description, relationship, required) in Files)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                if (required)
                {
                    throw new SigningException($"{path}: missing; expected the run record's {name} to embed as evidence");
                }

                continue;
            }

            result.Add(new EvidenceFile(name, mime, [.. File.ReadAllBytes(path)], description, relationship));
        }

        return result.ToImmutable();
    }
}
