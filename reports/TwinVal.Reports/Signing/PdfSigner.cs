using System.Globalization;
using System.Text;
using TwinVal.Reports.PdfFile;

namespace TwinVal.Reports.Signing;

/// <summary>
/// Applies a PAdES baseline signature (ETSI EN 319 142-1, SubFilter ETSI.CAdES.detached) to a PDF as one incremental
/// update: a signature field and widget showing the 21 CFR 11.50 manifestation on the last page, the signature
/// dictionary, and — for development certificates — a "not for submission" banner on every page, all covered by the
/// signature. Earlier bytes are untouched, so earlier signatures stay valid.
/// </summary>
public static class PdfSigner
{
    /// <summary>Bytes reserved for the CMS without a time-stamp (an RSA-4096 certificate and signature need about 3 KiB).</summary>
    public const int ContentsReserve = 16384;

    /// <summary>Bytes reserved when a time-stamp token (itself a CMS with the TSA's certificate) is added.</summary>
    public const int TimestampedContentsReserve = 32768;

    private const string ByteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";
    private const string BannerName = "twinval-development-banner";
    private const float Margin = 36f;

    // The report's footer ("page x of y") sits in the lowest 40 pt; widgets start above it.
    private const float BottomMargin = 56f;
    private const float WidgetHeight = 70f;
    private const float Gap = 8f;

    /// <summary>Signs <paramref name="pdf"/> and returns the signed file (the original bytes plus one update).</summary>
    /// <exception cref="SigningException">The certificate cannot sign at this time.</exception>
    /// <exception cref="PdfFormatException">The input is not a PDF this code can update.</exception>
    public static async Task<byte[]> SignAsync(byte[] pdf, SignatureRequest request, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        var time = clock.GetUtcNow();
        CertificateChecks.Check(request.Certificate, time, "signing certificate");
        var update = new PdfIncrementalUpdate(PdfRevision.Read(pdf));
        var reserve = request.TimestampAuthority is null ? ContentsReserve : TimestampedContentsReserve;
        var signature = AddSignature(update, request, time, reserve);
        if (DevelopmentCertificate.IsDevelopment(request.Certificate))
        {
            AddBanner(update);
        }

        var written = update.AppendTo(pdf);
        var bytes = written.Bytes;
        var (contentsStart, contentsEnd) = PatchByteRange(bytes, written.ObjectOffsets[signature.Number]);
        var signed = new byte[contentsStart + (bytes.Length - contentsEnd)];
        bytes.AsSpan(0, contentsStart).CopyTo(signed);
        bytes.AsSpan(contentsEnd).CopyTo(signed.AsSpan(contentsStart));
        var cms = await CadesSignature.CreateAsync(signed, request.Certificate, request.TimestampAuthority, cancellationToken);
        if (cms.Length > reserve)
        {
            throw new SigningException($"the signature ({cms.Length} bytes) does not fit the {reserve} bytes reserved for it");
        }

        Encoding.ASCII.GetBytes(Convert.ToHexString(cms)).CopyTo(bytes, contentsStart + 1);
        return bytes;
    }

    private static PdfReference AddSignature(PdfIncrementalUpdate update, SignatureRequest request, DateTimeOffset time, int reserve)
    {
        var page = update.Revision.Pages() is { Length: > 0 } pages ? pages[^1] : throw new PdfFormatException("the document has no pages");
        var existing = DocumentEdits.Fields(update);
        var index = existing.Count(f => f.NameOf("FT") == "Sig");
        var (pageWidth, pageHeight) = DocumentEdits.PageSize(update, page);
        // Two columns of widgets stacked upwards from the bottom margin, so no two signatures overlap.
        var width = (pageWidth - (2 * Margin) - Gap) / 2;
        var x = Margin + (index % 2 * (width + Gap));
        var y = BottomMargin + (index / 2 * (WidgetHeight + Gap));
        if (y + WidgetHeight > pageHeight - Margin)
        {
            throw new SigningException($"the signature page has no room for signature {index + 1}");
        }

        var manifestation = Manifestation.Of(request, time);
        var appearance = update.Add(WidgetAppearance.Box(width, WidgetHeight, manifestation.Lines));
        var value = update.Add(PdfDictionary.Of(
            ("Type", new PdfName("Sig")),
            ("Filter", new PdfName("Adobe.PPKLite")),
            ("SubFilter", new PdfName("ETSI.CAdES.detached")),
            ("ByteRange", new PdfRaw(ByteRangePlaceholder)),
            ("Contents", new PdfRaw("<" + new string('0', 2 * reserve) + ">")),
            ("M", PdfString.Text(Manifestation.PdfDate(time))),
            ("Name", PdfString.Text(request.PrintedName)),
            ("Reason", PdfString.Text(request.MeaningText))));
        var names = existing.Select(f => (f["T"] as PdfString)?.DecodeText()).ToHashSet();
        var number = index + 1;
        while (names.Contains($"Signature{number}"))
        {
            number++;
        }

        var widget = update.Add(PdfDictionary.Of(
            ("Type", new PdfName("Annot")),
            ("Subtype", new PdfName("Widget")),
            ("FT", new PdfName("Sig")),
            ("T", PdfString.Text($"Signature{number}")),
            ("TU", PdfString.Text(manifestation.Text)),
            ("Contents", PdfString.Text(manifestation.Text)),
            ("V", value),
            ("P", page),
            ("Rect", Rect(x, y, width, WidgetHeight)),
            // Print (4) + Locked (128): printed, and not movable or deletable in viewers.
            ("F", new PdfNumber(132)),
            ("AP", PdfDictionary.Of(("N", appearance)))));
        DocumentEdits.AddAnnotation(update, page, widget);
        DocumentEdits.AddSignatureField(update, widget);
        return value;
    }

    private static void AddBanner(PdfIncrementalUpdate update)
    {
        foreach (var page in update.Revision.Pages())
        {
            if (DocumentEdits.Annotations(update, page).Any(a => (a["NM"] as PdfString)?.DecodeText() == BannerName))
            {
                continue;
            }

            var (pageWidth, pageHeight) = DocumentEdits.PageSize(update, page);
            // A strip in the top margin, above the report's own content.
            var width = pageWidth - (2 * Margin);
            const float height = 16f;
            var appearance = update.Add(WidgetAppearance.Banner(width, height, DevelopmentCertificate.Banner));
            var stamp = update.Add(PdfDictionary.Of(
                ("Type", new PdfName("Annot")),
                ("Subtype", new PdfName("Stamp")),
                ("NM", PdfString.Text(BannerName)),
                ("Contents", PdfString.Text(DevelopmentCertificate.Banner)),
                ("P", page),
                ("Rect", Rect(Margin, pageHeight - 6 - height, width, height)),
                ("F", new PdfNumber(132)),
                ("AP", PdfDictionary.Of(("N", appearance)))));
            DocumentEdits.AddAnnotation(update, page, stamp);
        }
    }

    private static PdfArray Rect(float x, float y, float width, float height) =>
        new([PdfNumber.Real(x), PdfNumber.Real(y), PdfNumber.Real(x + width), PdfNumber.Real(y + height)]);

    /// <summary>Fills in the /ByteRange placeholder and returns the offsets of the /Contents hex string's brackets.</summary>
    private static (int Start, int End) PatchByteRange(byte[] bytes, long signatureOffset)
    {
        var from = (int)signatureOffset;
        var range = Find(bytes, from, "/ByteRange " + ByteRangePlaceholder) + "/ByteRange ".Length;
        var contentsStart = Find(bytes, from, "/Contents <0000") + "/Contents ".Length;
        var contentsEnd = Array.IndexOf(bytes, (byte)'>', contentsStart) + 1;
        var text = string.Create(CultureInfo.InvariantCulture, $"[0 {contentsStart} {contentsEnd} {bytes.Length - contentsEnd}]");
        // Padded with spaces to the placeholder's width, so no offset moves.
        Encoding.ASCII.GetBytes(text.PadRight(ByteRangePlaceholder.Length)).CopyTo(bytes, range);
        return (contentsStart, contentsEnd);
    }

    private static int Find(byte[] bytes, int from, string marker)
    {
        var at = bytes.AsSpan(from).IndexOf(Encoding.ASCII.GetBytes(marker));
        return at < 0 ? throw new InvalidOperationException($"placeholder '{marker}' not written") : from + at;
    }
}
