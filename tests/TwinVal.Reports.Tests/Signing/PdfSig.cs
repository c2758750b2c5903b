using System.Diagnostics;

namespace TwinVal.Reports.Tests.Signing;

/// <summary>
/// Runs poppler's pdfsig (an independent PAdES/CMS implementation) on a file and returns its report. pdfsig exits 0
/// even for invalid signatures, so callers read the text. Certificate trust is not checked (-nocert): test signers
/// are self-signed; what is checked is the signature over the byte ranges.
/// </summary>
internal static class PdfSig
{
    public const string Executable = "/usr/bin/pdfsig";

    public static string Report(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"twinval-pdfsig-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("-nocert");
            start.ArgumentList.Add(path);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdfsig did not start");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output + error.Result;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Number of signatures pdfsig reports as valid.</summary>
    public static int ValidCount(string report) =>
        report.Split('\n').Count(l => l.Trim() == "- Signature Validation: Signature is Valid.");
}
