using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SkiaSharp;
using TwinVal.Reports.Pdf;
using TwinVal.Reports.PdfFile;

namespace TwinVal.Reports.Tests.Pdf;

public class DocumentIdentityTests
{
    // The XMP forms and the trailer array, hex or literal (Skia writes whichever is shorter).
    private static readonly Regex Ids = new(@"uuid:[0-9a-f-]{36}|/ID \[[^\]]*\]", RegexOptions.Compiled);

    // A PDF/A document as Skia writes it: an XMP packet with the uuid: forms and a trailer /ID.
    private static byte[] SkiaPdf()
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = "t", PdfA = true }))
        {
            document.BeginPage(200, 200);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    // The trailer /ID strings, read by the incremental-update parser.
    internal static byte[][] TrailerIds(byte[] pdf) =>
        [.. ((PdfArray)PdfRevision.Read(pdf).Trailer["ID"]!).Items.Select(i => ((PdfString)i).Bytes.ToArray())];

    private static byte[] SeedOf(string runId) => DocumentIdentity.Seed(runId, "{\"formatVersion\": 1}"u8);

    [Fact]
    public void Patch_SkiaPdf_RewritesTrailerAndXmpIdsInPlace()
    {
        var pdf = SkiaPdf();
        var before = Ids.Matches(Encoding.Latin1.GetString(pdf)).Select(m => m.Value).ToList();
        var patched = (byte[])pdf.Clone();

        var rewritten = DocumentIdentity.Patch(patched, SeedOf("run-1"));

        var text = Encoding.Latin1.GetString(patched);
        var after = Ids.Matches(text).Select(m => m.Value).ToList();
        Assert.Equal(pdf.Length, patched.Length);
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(3, rewritten); // Skia: one UUID, twice in the XMP (DocumentID, InstanceID), and the /ID array
        Assert.All(before, old => Assert.DoesNotContain(old, after));
        var id = DocumentIdentity.Derive(SeedOf("run-1"), 0);
        Assert.All(TrailerIds(patched), read => Assert.Equal(id, read));
        Assert.Equal(2, Regex.Count(text, $"uuid:{Convert.ToHexStringLower(id)[..8]}-"));
        // Only identifier bytes changed, so every offset and the cross-reference table still hold.
        var changed = Enumerable.Range(0, pdf.Length).Where(i => pdf[i] != patched[i]).ToList();
        Assert.All(changed, i => Assert.Contains(Ids.Matches(text), m => i >= m.Index && i < m.Index + m.Length));
        Assert.Equal(PdfRevision.Read(pdf).ObjectNumbers, PdfRevision.Read(patched).ObjectNumbers);
        using var reopened = UglyToad.PdfPig.PdfDocument.Open(patched);
        Assert.Equal(1, reopened.NumberOfPages);
    }

    // Skia writes the 16 UUID bytes 00 28 5C 29 0A 0D 41 42 43 44 45 46 47 48 49 4A either as hex or, when shorter, as a
    // literal string with escapes; both forms must come back as the derived identifier at the same length.
    [Theory]
    [InlineData("[<00285C290A0D4142434445464748494A> <00285C290A0D4142434445464748494A>]")]
    [InlineData(@"[(\000\(\\\)\n\rABCDEFGHIJ) (\000\(\\\)\n\rABCDEFGHIJ)]")]
    public void Patch_HexOrLiteralTrailerId_SameLengthDerivedBytesXmpRewritten(string array)
    {
        const string Xmp = "<xmpMM:DocumentID>uuid:00285c29-0a0d-4142-4344-45464748494a</xmpMM:DocumentID>";
        var pdf = Encoding.Latin1.GetBytes($"%PDF-1.4\n{Xmp}\ntrailer\n<< /Size 1 /ID {array} >>\n%%EOF\n");
        var patched = (byte[])pdf.Clone();

        DocumentIdentity.Patch(patched, SeedOf("run-1"));

        var id = DocumentIdentity.Derive(SeedOf("run-1"), 0);
        var at = Encoding.Latin1.GetString(patched).IndexOf("/ID ", StringComparison.Ordinal) + 4;
        var read = (PdfArray)new PdfParser(patched) { Position = at }.ReadObject();
        Assert.Equal(pdf.Length, patched.Length);
        Assert.All(read.Items, item => Assert.Equal(id, ((PdfString)item).Bytes.ToArray()));
        var hex = Convert.ToHexStringLower(id);
        Assert.Contains($"uuid:{hex[..8]}-{hex[8..12]}-", Encoding.Latin1.GetString(patched), StringComparison.Ordinal);
    }

    // Whatever form Skia chose for its random /ID (hex or escaped literal, hence different lengths), Apply gives the
    // same bytes for the same seed: the file length no longer depends on Skia's random identifier.
    [Fact]
    public void Apply_HexOrLiteralTrailerId_SameBytesAndStartxrefStillPointsAtXref()
    {
        static byte[] Doc(string array) => Encoding.Latin1.GetBytes(
            $"%PDF-1.4\n<xmpMM:DocumentID>uuid:00285c29-0a0d-4142-4344-45464748494a</xmpMM:DocumentID>\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /ID {array} >>\nstartxref\n{Xref}\n%%EOF\n");
        var hex = DocumentIdentity.Apply(Doc("[<00285C290A0D4142434445464748494A> <00285C290A0D4142434445464748494A>]"), SeedOf("run-1"));
        var literal = DocumentIdentity.Apply(Doc(@"[(\000\(\\\)\n\rABCDEFGHIJ) (\000\(\\\)\n\rABCDEFGHIJ)]"), SeedOf("run-1"));

        Assert.Equal(hex, literal);
        Assert.StartsWith("xref", Encoding.Latin1.GetString(hex, Xref, 4), StringComparison.Ordinal);
        Assert.Equal([DocumentIdentity.Derive(SeedOf("run-1"), 0), DocumentIdentity.Derive(SeedOf("run-1"), 0)], TrailerIds(hex));
    }

    [Fact]
    public void Apply_IdBeforeCrossReferenceTable_Throws()
    {
        var pdf = Encoding.Latin1.GetBytes("%PDF-1.4\n<< /ID [<00285C290A0D4142434445464748494A> <00285C290A0D4142434445464748494A>] >>\nxref\n0 1\ntrailer\n<< /Size 1 >>\nstartxref\n91\n%%EOF\n");

        var e = Assert.Throws<InvalidOperationException>(() => DocumentIdentity.Apply(pdf, SeedOf("run-1")));

        Assert.Contains("does not follow its cross-reference table", e.Message, StringComparison.Ordinal);
    }

    // Offset of "xref" in the documents of Apply_HexOrLiteralTrailerId_SameBytesAndStartxrefStillPointsAtXref.
    private const int Xref = 88;

    [Fact]
    public void Patch_DifferentRuns_DifferentIds()
    {
        var (a, b) = (SkiaPdf(), SkiaPdf());

        DocumentIdentity.Patch(a, SeedOf("run-1"));
        DocumentIdentity.Patch(b, SeedOf("run-2"));

        Assert.NotEqual(TrailerIds(a)[0], TrailerIds(b)[0]);
    }

    [Fact]
    public void Patch_NoTrailerId_ThrowsNamingSkia()
    {
        var pdf = "%PDF-1.4\ntrailer\n<< /Size 1 /ID [<00> <00>] >>\n%%EOF\n"u8.ToArray();

        var e = Assert.Throws<InvalidOperationException>(() => DocumentIdentity.Patch(pdf, SeedOf("run-1")));

        Assert.Contains("no trailer /ID array of two 16-byte strings (found: /ID [<00> <00>]", e.Message, StringComparison.Ordinal);
        Assert.Contains("SkiaSharp output format changed", e.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 50)]
    public Property Derive_AnySeed_IsRfc9562Version8Variant10AndNeedsNoEscapes(byte[] seed, byte index)
    {
        var id = DocumentIdentity.Derive(seed, index);

        var literal = id.All(b => b >= 0x80 || (b >= 0x20 && b < 0x7F && b != '(' && b != ')' && b != '\\'));
        return (id.Length == 16 && id[6] >> 4 == 8 && id[8] >> 6 == 2 && literal).ToProperty();
    }

    [Property(MaxTest = 20)]
    public Property Patch_Twice_SameAsOnce(NonEmptyString runId)
    {
        var seed = SeedOf(runId.Get);
        var once = SkiaPdf();
        DocumentIdentity.Patch(once, seed);
        var twice = (byte[])once.Clone();

        DocumentIdentity.Patch(twice, seed);

        return once.AsSpan().SequenceEqual(twice).ToProperty();
    }

    [Fact]
    public void Seed_RunIdOrJsonDiffers_SeedDiffers()
    {
        var seeds = new[]
        {
            DocumentIdentity.Seed("run-1", "{}"u8),
            DocumentIdentity.Seed("run-2", "{}"u8),
            DocumentIdentity.Seed("run-1", "{ }"u8),
            DocumentIdentity.Seed("run-1{", "}"u8), // the separator keeps the id/content boundary
        };

        Assert.Equal(seeds.Length, seeds.Select(Convert.ToHexString).Distinct().Count());
    }
}
