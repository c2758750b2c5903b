using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TwinVal.Reports.Verification;

/// <summary>
/// Verifies the signatures of a PDF offline (ISO 32000-2 §12.8; PAdES ETSI EN 319 142-1 baseline B/T): for each
/// signature the byte range, digest, CMS signature, chain to the given trust anchors, key usage, validity at signing
/// time, RFC 3161 timestamp and the modifications after it; then every embedded file. Never throws for bad input:
/// an unreadable file gives a report with verdict <see cref="VerificationVerdict.Unreadable"/>.
/// </summary>
public static class PdfVerifier
{
    /// <summary>The certificate organisation the development key generator uses; such signatures are flagged.</summary>
    public const string DevelopmentOrganisation = "TwinVal development signer";

    /// <summary>Reads and verifies the PDF at <paramref name="path"/>.</summary>
    public static VerificationReport VerifyFile(string path, X509Certificate2Collection anchors)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var found = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            return VerificationReport.Unreadable(path, 0, new VerificationProblem(null, null, "file", found, "a readable PDF file", "there is nothing to verify"));
        }

        return Verify(bytes, anchors, path);
    }

    /// <summary>Verifies the PDF held in <paramref name="pdf"/>; <paramref name="file"/> names it in the report.</summary>
    public static VerificationReport Verify(ReadOnlyMemory<byte> pdf, X509Certificate2Collection anchors, string file)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        PdfDocument doc;
        ImmutableArray<SignatureField> fields;
        ImmutableArray<VerificationProblem> problems;
        try
        {
            doc = PdfDocument.Open(pdf);
            (fields, problems) = SignatureLocator.Find(doc);
        }
        catch (PdfFormatException e)
        {
            return VerificationReport.Unreadable(file, pdf.Length, e.Problem);
        }

        try
        {
            return VerifySignatures(doc, fields, problems, anchors, file);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException or IndexOutOfRangeException or FormatException)
        {
            // A structure the reader did not foresee: still a verdict, never a crash (and never Valid).
            var problem = new VerificationProblem(null, null, "structure", $"{e.GetType().Name}: {e.Message}", "a PDF the verifier can follow", "the file cannot be verified");
            return VerificationReport.Unreadable(file, pdf.Length, problem);
        }
    }

    private static VerificationReport VerifySignatures(PdfDocument doc, ImmutableArray<SignatureField> fields, ImmutableArray<VerificationProblem> problems, X509Certificate2Collection anchors, string file)
    {
        var pdf = doc.Data;
        var ends = fields.Select(f => f.ByteRange[2] + f.ByteRange[3]).ToHashSet();
        var signatures = fields.Select((f, i) => VerifySignature(doc, f, i + 1, anchors, ends)).ToImmutableArray();
        ImmutableArray<AttachmentReport> attachments;
        try
        {
            attachments = AttachmentReader.Read(doc, fields);
        }
        catch (PdfFormatException e)
        {
            attachments = [];
            problems = problems.Add(e.Problem);
        }

        if (fields.Length == 0)
        {
            problems = problems.Add(new VerificationProblem(null, null, "signatures", "no signature dictionary", "at least one signature", "an unsigned report carries no signer's approval"));
        }

        var reasons = problems.Select(p => p.ToString())
            .Concat(signatures.SelectMany(s => s.Checks.Where(c => c.Status == VerificationStatus.Failed).Select(c => $"signature {s.Index}: {c}")))
            .Concat(attachments.SelectMany(a => a.Checks.Where(c => c.Status == VerificationStatus.Failed).Select(c => $"attachment {a.Name}: {c}")))
            .ToImmutableArray();
        var verdict = reasons.IsEmpty ? VerificationVerdict.Valid : VerificationVerdict.Invalid;
        return new VerificationReport(file, pdf.Length, doc.Revisions.Length, signatures, attachments, problems, verdict, reasons);
    }

    private static SignatureReport VerifySignature(PdfDocument doc, SignatureField field, int index, X509Certificate2Collection anchors, IReadOnlySet<long> ends)
    {
        var d = field.Dict;
        var r = field.ByteRange;
        var end = r[2] + r[3];
        var revision = doc.Revisions.FirstOrDefault(v => v.End == end)?.Number ?? 0;
        var subFilter = d.Name("SubFilter") ?? "";
        var (rangeCheck, contents) = CheckByteRange(doc, field, revision);

        CmsResult cms;
        if (contents is null)
        {
            var skipped = VerificationCheck.Fail("digest", "not checked: the byte range is invalid", "a valid byte range", "the signed bytes are unknown");
            cms = new CmsResult(skipped, skipped with { Name = "CMS signature" }, null, null, [], null);
        }
        else if (subFilter is not ("adbe.pkcs7.detached" or "ETSI.CAdES.detached"))
        {
            var unsupported = VerificationCheck.Fail("CMS signature", $"/SubFilter /{subFilter}", "/adbe.pkcs7.detached or /ETSI.CAdES.detached", "other signature formats are not verified here");
            cms = new CmsResult(unsupported with { Name = "digest" }, unsupported, null, null, [], null);
        }
        else
        {
            var signed = new byte[r[1] + r[3]];
            doc.Data.Span.Slice((int)r[0], (int)r[1]).CopyTo(signed);
            doc.Data.Span.Slice((int)r[2], (int)r[3]).CopyTo(signed.AsSpan((int)r[1]));
            cms = CmsVerifier.Verify(contents, signed, subFilter);
        }

        var claimed = PdfDate.Parse((d["M"] as PdfString)?.Text);
        var (timestamp, stampTime) = TimestampVerifier.Verify(cms.Signer, anchors);
        // The trusted time is the timestamp's; without one the signer's claimed /M, then the signingTime attribute.
        var (at, source) = stampTime is { } t ? (t, "timestamp") : claimed is { } m ? (m, "/M, claimed by the signer") : cms.SigningTimeAttribute is { } a ? (a, "signingTime attribute") : ((DateTimeOffset?)null, "none");
        var certificate = cms.Certificate;
        var organisation = certificate?.SubjectName.EnumerateRelativeDistinguishedNames()
            .FirstOrDefault(n => n.GetSingleElementType().Value == "2.5.4.10")?.GetSingleElementValue();
        var signer = (d["Name"] as PdfString)?.Text is { Length: > 0 } printed ? printed : certificate?.GetNameInfo(X509NameType.SimpleName, false) ?? "";
        ImmutableArray<VerificationCheck> checks =
        [
            rangeCheck,
            cms.Digest,
            cms.Signature,
            CertificateChecks.Chain(certificate, cms.Certificates, anchors, at),
            CertificateChecks.KeyUsage(certificate),
            CertificateChecks.Validity(certificate, at, source),
            timestamp,
            ModificationChecker.Check(doc, end, ends),
        ];
        return new SignatureReport(index, field.FieldName, signer, claimed, (d["Reason"] as PdfString)?.Text ?? "", subFilter, revision, doc.Revisions.Length,
            end == doc.Data.Length, r, certificate?.Subject ?? "", certificate is null ? "" : Convert.ToHexStringLower(SHA256.HashData(certificate.RawData)),
            organisation == DevelopmentOrganisation, stampTime, checks);
    }

    // The two ranges must start at 0, leave exactly the /Contents hex string out, and end where a revision ends.
    private static (VerificationCheck Check, byte[]? Contents) CheckByteRange(PdfDocument doc, SignatureField field, int revision)
    {
        const string Name = "byte range";
        var r = field.ByteRange;
        var length = doc.Data.Length;
        string Fail(string found) => found;
        string? problem = null;
        if (r[0] != 0)
        {
            problem = Fail($"first range starting at {r[0]}");
        }
        else if (r[1] >= r[2] || r[2] + r[3] > length)
        {
            problem = Fail($"ranges [{r[0]} {r[1]}] [{r[2]} {r[3]}] in a file of {length} bytes");
        }
        else if (r[1] <= field.Object.Start || r[2] >= field.Object.End)
        {
            problem = Fail($"a gap {r[1]}–{r[2]} outside the signature object (bytes {field.Object.Start}–{field.Object.End})");
        }
        else if (revision == 0)
        {
            problem = Fail($"a signed range ending at byte {r[2] + r[3]}, which is no revision's end");
        }

        byte[]? contents = null;
        if (problem is null)
        {
            var pos = (int)r[1];
            try
            {
                var value = doc.Parser.ReadValue(ref pos);
                if (value is PdfString { Hex: true } s && pos == r[2] && s.Equals(field.Dict["Contents"]))
                {
                    contents = [.. s.Bytes];
                }
                else
                {
                    problem = $"a gap {r[1]}–{r[2]} that is not exactly the /Contents hex string";
                }
            }
            catch (PdfFormatException e)
            {
                problem = $"a gap that does not hold a hex string ({e.Problem.Found})";
            }
        }

        return problem is null
            ? (VerificationCheck.Ok(Name, $"[{r[0]} {r[1]}] [{r[2]} {r[3]}] covers revision {revision} except /Contents"), contents)
            : (VerificationCheck.Fail(Name, problem, "[0 a b c]: from byte 0 to a revision's end, leaving out only the /Contents hex string", "bytes outside the ranges are not protected by the signature"), null);
    }
}
