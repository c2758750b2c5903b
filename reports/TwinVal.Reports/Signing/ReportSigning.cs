using System.Collections.Immutable;
using TwinVal.Harness.Reporting;
using TwinVal.Reports.PdfFile;

namespace TwinVal.Reports.Signing;

/// <summary>
/// Signs a report file: reads it, optionally embeds evidence (one update), signs (another update) and writes the result
/// atomically, so a failure leaves no partial file and an in-place signature either happens completely or not at all.
/// </summary>
public static class ReportSigning
{
    /// <summary>Signs <paramref name="input"/> into <paramref name="output"/> (which may be the same path).</summary>
    /// <param name="input">The PDF to sign.</param>
    /// <param name="output">Where the signed PDF is written.</param>
    /// <param name="request">Signer, meaning, certificate and optional time-stamp authority.</param>
    /// <param name="clock">Signing time source.</param>
    /// <param name="evidence">Files to embed before signing (empty for none), with their modification date.</param>
    /// <param name="cancellationToken">Cancels before the file is written.</param>
    /// <exception cref="SigningException">Any input problem, with the file named.</exception>
    public static async Task SignFileAsync(
        string input, string output, SignatureRequest request, TimeProvider clock,
        (ImmutableArray<EvidenceFile> Files, DateTimeOffset Modified) evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!File.Exists(input))
        {
            throw new SigningException($"{input}: file not found; expected a PDF report");
        }

        var pdf = await File.ReadAllBytesAsync(input, cancellationToken).ConfigureAwait(false);
        byte[] signed;
        try
        {
            if (!evidence.Files.IsDefaultOrEmpty)
            {
                pdf = EvidenceEmbedder.Embed(pdf, evidence.Files, evidence.Modified);
            }

            signed = await PdfSigner.SignAsync(pdf, request, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (PdfFormatException e)
        {
            throw new SigningException($"{input}: {e.Message}", e);
        }

        await AtomicFile.WriteAsync(output, (stream, token) => stream.WriteAsync(signed, token).AsTask(), cancellationToken).ConfigureAwait(false);
    }
}
