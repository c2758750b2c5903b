using System.Collections.Immutable;

namespace TwinVal.Reports.Verification;

/// <summary>One embedded file (PDF/A-3 associated file) and its integrity.</summary>
/// <param name="Name">The file name (/UF, else /F, else the name-tree key).</param>
/// <param name="ObjectNumber">Object number of the embedded-file stream.</param>
/// <param name="Size">Decoded size in bytes.</param>
/// <param name="Sha256">SHA-256 of the decoded content, lowercase hex.</param>
/// <param name="SignedBy">The first signature whose signed range contains the stream; null when none does.</param>
/// <param name="Checks">Signed-range, /TwinValSha256, /Params /CheckSum (MD5) and /Params /Size checks.</param>
public sealed record AttachmentReport(string Name, int ObjectNumber, long Size, string Sha256, int? SignedBy, ImmutableArray<VerificationCheck> Checks)
{
    /// <summary>True when no check failed.</summary>
    public bool Valid => Checks.All(c => c.Status != VerificationStatus.Failed);
}
