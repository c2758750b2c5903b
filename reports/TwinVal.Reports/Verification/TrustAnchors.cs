using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Verification;

/// <summary>Loads trust anchors (CA or self-signed certificates) from PEM or DER files.</summary>
public static class TrustAnchors
{
    /// <summary>Reads every certificate of every file; a file that is missing or holds no certificate is a problem.</summary>
    public static (X509Certificate2Collection Anchors, IReadOnlyList<string> Problems) Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var anchors = new X509Certificate2Collection();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                problems.Add($"{path}: error: trust anchor file not found; expected a PEM or DER certificate file");
                continue;
            }

            try
            {
                var bytes = File.ReadAllBytes(path);
                var text = System.Text.Encoding.ASCII.GetString(bytes);
                if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
                {
                    var before = anchors.Count;
                    anchors.ImportFromPem(text);
                    if (anchors.Count == before)
                    {
                        problems.Add($"{path}: error: no certificate in the PEM file");
                    }
                }
                else
                {
                    anchors.Add(X509CertificateLoader.LoadCertificate(bytes));
                }
            }
            catch (CryptographicException e)
            {
                problems.Add($"{path}: error: not a PEM or DER certificate ({e.Message})");
            }
        }

        return (anchors, problems);
    }
}
