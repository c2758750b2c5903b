using System.Collections.Immutable;
using System.Security.Cryptography;

namespace TwinVal.Reports.Verification;

/// <summary>
/// Reads the embedded files of the last revision (catalog /Names /EmbeddedFiles name tree and catalog /AF, ISO
/// 32000-2 §7.11.4 and §14.13) and checks each: inside a signed range, /TwinValSha256, /Params /CheckSum (MD5) and
/// /Params /Size.
/// </summary>
internal static class AttachmentReader
{
    // Bounds the name-tree walk against crafted cycles.
    private const int MaxNodes = 100_000;

    public static ImmutableArray<AttachmentReport> Read(PdfDocument doc, IReadOnlyList<SignatureField> signatures)
    {
        var revision = doc.Last;
        var catalog = doc.Dict(revision.Trailer["Root"], revision);
        var specs = new List<(string Key, PdfValue Spec)>();
        var pending = new Stack<PdfValue?>([doc.Dict(catalog?["Names"], revision)?["EmbeddedFiles"]]);
        var visited = 0;
        while (pending.Count > 0 && visited++ < MaxNodes)
        {
            if (doc.Dict(pending.Pop(), revision) is not { } node)
            {
                continue;
            }

            if (doc.Resolve(node["Names"], revision) is PdfArray names)
            {
                for (var i = 0; i + 1 < names.Items.Length; i += 2)
                {
                    specs.Add(((names.Items[i] as PdfString)?.Text ?? "", names.Items[i + 1]));
                }
            }

            if (doc.Resolve(node["Kids"], revision) is PdfArray kids)
            {
                foreach (var kid in kids.Items)
                {
                    pending.Push(kid);
                }
            }
        }

        if (doc.Resolve(catalog?["AF"], revision) is PdfArray associated)
        {
            specs.AddRange(associated.Items.Select(spec => ("", spec)));
        }

        var reports = new List<AttachmentReport>();
        var seen = new HashSet<int>();
        foreach (var (key, spec) in specs)
        {
            var dict = doc.Dict(spec, revision);
            var ef = doc.Dict(dict?["EF"], revision);
            if (dict is null || (ef?["UF"] ?? ef?["F"]) is not PdfRef streamRef || !seen.Add(streamRef.Number))
            {
                continue; // not a file specification with an embedded file, or one already reported (name tree and /AF)
            }

            var name = (dict["UF"] as PdfString)?.Text ?? (dict["F"] as PdfString)?.Text ?? key;
            reports.Add(Check(doc, name, dict, streamRef.Number, spec as PdfRef, signatures));
        }

        return [.. reports];
    }

    private static AttachmentReport Check(PdfDocument doc, string name, PdfDict spec, int number, PdfRef? specRef, IReadOnlyList<SignatureField> signatures)
    {
        var revision = doc.Last;
        var stream = doc.Get(number, revision);
        if (stream?.Value is not PdfStream data)
        {
            return new AttachmentReport(name, number, 0, "", null, [VerificationCheck.Fail("embedded file", $"object {number} is not a stream", "an /EmbeddedFile stream", "the attachment's content is missing")]);
        }

        byte[] content;
        try
        {
            content = doc.Decode(data, number);
        }
        catch (PdfFormatException e)
        {
            return new AttachmentReport(name, number, 0, "", null, [VerificationCheck.Fail("embedded file", e.Problem.Found, e.Problem.Expected, e.Problem.Why)]);
        }

        var sha = SHA256.HashData(content);
        var checks = ImmutableArray.CreateBuilder<VerificationCheck>();
        var specObject = specRef is null ? null : doc.Get(specRef.Number, revision);
        var signedBy = FirstSigning(signatures, stream, specObject);
        checks.Add(signedBy is { } s
            ? VerificationCheck.Ok("signed", $"inside the range of signature {s}")
            : VerificationCheck.Fail("signed", $"object {number} (bytes {stream.Start}–{stream.End}) outside every signed range", "the attachment and its file specification inside a signed range", "unsigned evidence can be swapped without trace"));

        if (spec["TwinValSha256"] is PdfString declared)
        {
            var text = declared.Bytes.Length == 32 ? Convert.ToHexStringLower(declared.Bytes.AsSpan()) : declared.Text.Trim().ToLowerInvariant();
            checks.Add(text == Convert.ToHexStringLower(sha)
                ? VerificationCheck.Ok("/TwinValSha256", "matches")
                : VerificationCheck.Fail("/TwinValSha256", $"content SHA-256 {Convert.ToHexStringLower(sha)}", $"{text} (declared)", "the evidence is not the file that was recorded"));
        }

        var parameters = doc.Dict(data.Dict["Params"], revision);
        if (parameters?["CheckSum"] is PdfString md5)
        {
#pragma warning disable CA5351 // MD5 is what /CheckSum is defined as; it is compared, never relied on alone
            var actual = MD5.HashData(content); // MD5 only because /CheckSum is defined so (ISO 32000-2 Table 45); SHA-256 is the real check
#pragma warning restore CA5351
            checks.Add(actual.AsSpan().SequenceEqual(md5.Bytes.AsSpan())
                ? VerificationCheck.Ok("/CheckSum", "MD5 matches")
                : VerificationCheck.Fail("/CheckSum", $"MD5 {Convert.ToHexStringLower(actual)}", $"{Convert.ToHexStringLower(md5.Bytes.AsSpan())} (declared)", "the embedded file was altered"));
        }

        if (parameters?["Size"] is PdfNumber size)
        {
            checks.Add(size.AsLong == content.Length
                ? VerificationCheck.Ok("/Size", $"{content.Length} bytes")
                : VerificationCheck.Fail("/Size", $"{content.Length} bytes", $"{size.AsLong} bytes (declared)", "the embedded file was altered"));
        }

        return new AttachmentReport(name, number, content.Length, Convert.ToHexStringLower(sha), signedBy, checks.ToImmutable());
    }

    // The first signature whose signed ranges contain the stream object and (when indirect) its file specification.
    private static int? FirstSigning(IReadOnlyList<SignatureField> signatures, PdfIndirect stream, PdfIndirect? spec)
    {
        for (var i = 0; i < signatures.Count; i++)
        {
            var r = signatures[i].ByteRange;
            bool Inside(PdfIndirect o) => o.End <= r[0] + r[1] || (o.Start >= r[2] && o.End <= r[2] + r[3]);
            if (Inside(stream) && (spec is null || Inside(spec)))
            {
                return i + 1;
            }
        }

        return null;
    }
}
