using System.Security.Cryptography;
using System.Text;

namespace TwinVal.Harness.Properties;

/// <summary>
/// Per-check seeds derived from the run's master seed (<c>--seed</c>): SHA-256 of (master seed, case, solver, property),
/// so each check has its own independent stream, and the same master seed reproduces every check's samples.
/// </summary>
public static class PropertySeeds
{
    /// <summary>The seed of property <paramref name="propertyId"/> of <paramref name="caseId"/> on <paramref name="solverId"/>.</summary>
    public static ulong Derive(long masterSeed, string caseId, string solverId, string propertyId)
    {
        var text = $"{masterSeed}\n{caseId}\n{solverId}\n{propertyId}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return BitConverter.ToUInt64(hash, 0);
    }
}
