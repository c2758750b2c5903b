using System.Collections.Immutable;

namespace TwinVal.Reports.Verification;

/// <summary>The result of verifying a signed PDF: every signature, every attachment, structural problems and the verdict.</summary>
/// <param name="File">The file verified (as given).</param>
/// <param name="Size">Its size in bytes (0 when unreadable).</param>
/// <param name="RevisionCount">Revisions found (0 when unreadable).</param>
/// <param name="Signatures">Signatures in signing order.</param>
/// <param name="Attachments">Embedded files.</param>
/// <param name="Problems">Problems with the file itself (unreadable structure, appended bytes, missing signatures).</param>
/// <param name="Verdict">Valid, Invalid or Unreadable.</param>
/// <param name="Reasons">Why the verdict is what it is, one line per failing check or problem.</param>
public sealed record VerificationReport(
    string File,
    long Size,
    int RevisionCount,
    ImmutableArray<SignatureReport> Signatures,
    ImmutableArray<AttachmentReport> Attachments,
    ImmutableArray<VerificationProblem> Problems,
    VerificationVerdict Verdict,
    ImmutableArray<string> Reasons)
{
    /// <summary>A report for a file that could not be read.</summary>
    public static VerificationReport Unreadable(string file, long size, VerificationProblem problem) =>
        new(file, size, 0, [], [], [problem], VerificationVerdict.Unreadable, [problem.ToString()]);
}
