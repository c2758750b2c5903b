using System.Collections.Immutable;

namespace TwinVal.Reports.Verification;

/// <summary>Finds every signature dictionary (/ByteRange + /Contents) among the objects of the last revision.</summary>
internal static class SignatureLocator
{
    public static (ImmutableArray<SignatureField> Fields, ImmutableArray<VerificationProblem> Problems) Find(PdfDocument doc)
    {
        var revision = doc.Last;
        var problems = ImmutableArray.CreateBuilder<VerificationProblem>();
        var objects = new List<PdfIndirect>();
        foreach (var (number, entry) in revision.Objects.OrderBy(e => e.Key))
        {
            if (!entry.InUse)
            {
                continue;
            }

            try
            {
                objects.Add(doc.ReadAt(entry.Offset, number, revision));
            }
            catch (PdfFormatException e)
            {
                problems.Add(e.Problem);
            }
        }

        var names = new Dictionary<int, string>();
        foreach (var o in objects)
        {
            if (o.Value is PdfDict d && d.Name("FT") == "Sig" && d["V"] is PdfRef v)
            {
                names[v.Number] = FullName(doc, d, revision);
            }
        }

        var fields = ImmutableArray.CreateBuilder<SignatureField>();
        foreach (var o in objects)
        {
            if (o.Value is not PdfDict d || d["ByteRange"] is null || d["Contents"] is null)
            {
                continue;
            }

            if (d["ByteRange"] is not PdfArray { Items.Length: 4 } range || range.Items.Any(i => i is not PdfNumber { IsInteger: true, Value: >= 0 }))
            {
                problems.Add(new VerificationProblem(o.Start, o.Number, "/ByteRange", $"{d["ByteRange"]}", "four non-negative integers [0 a b c]", "the signed bytes cannot be determined"));
                continue;
            }

            fields.Add(new SignatureField(names.GetValueOrDefault(o.Number, ""), o, d, [.. range.Items.Cast<PdfNumber>().Select(n => n.AsLong)]));
        }

        return (fields.OrderBy(f => f.ByteRange[2] + f.ByteRange[3]).ToImmutableArray(), problems.ToImmutable());
    }

    // Partial names joined with '.', walking /Parent (ISO 32000-2 §12.7.4.2), depth-limited against loops.
    private static string FullName(PdfDocument doc, PdfDict field, PdfRevision revision)
    {
        var parts = new List<string>();
        PdfDict? d = field;
        for (var depth = 0; d is not null && depth < 32; depth++)
        {
            if (d["T"] is PdfString t)
            {
                parts.Insert(0, t.Text);
            }

            d = doc.Dict(d["Parent"], revision);
        }

        return string.Join('.', parts);
    }
}
