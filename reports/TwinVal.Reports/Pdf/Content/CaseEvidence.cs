using TwinVal.Harness.Catalog;
using TwinVal.Harness.Reporting;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>A recorded case together with its folder's content when that could still be loaded.</summary>
/// <param name="Record">The case as recorded in the run.</param>
/// <param name="Case">The loaded case, or null.</param>
/// <param name="Note">Why the case could not be loaded (printed in the report), or null.</param>
internal sealed record CaseEvidence(CaseRecord Record, ReferenceCase? Case, string? Note)
{
    /// <summary>
    /// Loads the case folder recorded in <see cref="CaseRecord.Path"/>. A folder that is gone or no longer valid is not
    /// an error of the report: the report says so and shows what the run record holds. A folder whose content hash
    /// differs from the recorded one is loaded but flagged, since its reference data may not be what the run used.
    /// </summary>
    public static CaseEvidence Load(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!Directory.Exists(record.Path))
        {
            return new(record, null, $"case folder '{record.Path}' was not found: purpose, acceptance formulas and reference data are not shown.");
        }

        var result = new CaseLoader().Load(record.Path);
        if (result.Case is not { } loaded)
        {
            var first = result.Problems.FirstOrDefault()?.ToString() ?? "unknown problem";
            return new(record, null, $"case folder '{record.Path}' no longer loads ({result.Problems.Length} problem(s), first: {first}).");
        }

        return loaded.ContentHash == record.Sha256
            ? new(record, loaded, null)
            : new(record, loaded, $"case folder '{record.Path}' has changed since the run (sha256 {loaded.ContentHash} ≠ recorded {record.Sha256}): reference data shown may differ from what the run used.");
    }
}
