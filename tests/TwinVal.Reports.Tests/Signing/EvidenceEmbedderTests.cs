using System.Security.Cryptography;
using System.Text;
using TwinVal.Reports.Signing;
using TwinVal.Reports.Tests.Pdf;
using UglyToad.PdfPig;
using Xunit;

namespace TwinVal.Reports.Tests.Signing;

public class EvidenceEmbedderTests
{
    private static readonly DateTimeOffset Finished = new(2026, 3, 14, 9, 26, 56, TimeSpan.Zero);

    private static EvidenceFile File(string name, string text, string mime = "text/csv") =>
        new(name, mime, [.. Encoding.UTF8.GetBytes(text)], $"test {name}", "Data");

    [Fact]
    public void Embed_ThreeFiles_PdfPigReadsEachBackWithItsBytes()
    {
        EvidenceFile[] files = [File("results.csv", "case,verdict\nwk2,pass\n"), File("run.json", "{\"id\":\"r1\"}", "application/json"), File("checks.csv", "a,b\n1,2\n")];

        var embedded = EvidenceEmbedder.Embed(SampleReport.Pdf, files, Finished);

        using var document = PdfDocument.Open(embedded);
        Assert.True(document.Advanced.TryGetEmbeddedFiles(out var read));
        Assert.Equal(["checks.csv", "results.csv", "run.json"], read.Select(f => f.Name));
        foreach (var file in files)
        {
            Assert.Equal(file.Content.ToArray(), read.Single(f => f.Name == file.Name).Bytes.ToArray());
        }
    }

    [Fact]
    public void Embed_Always_KeepsOriginalBytesAsPrefix()
    {
        var embedded = EvidenceEmbedder.Embed(SampleReport.Pdf, [File("results.csv", "x")], Finished);

        Assert.True(embedded.AsSpan(0, SampleReport.Pdf.Length).SequenceEqual(SampleReport.Pdf));
    }

    [Fact]
    public void Embed_FileSpec_CarriesRelationshipSha256AndMd5CheckSum()
    {
        var file = File("results.csv", "case,verdict\n");

        var text = Encoding.Latin1.GetString(EvidenceEmbedder.Embed(SampleReport.Pdf, [file], Finished).AsSpan(SampleReport.Pdf.Length));

        Assert.Contains("/AFRelationship /Data", text, StringComparison.Ordinal);
        Assert.Contains("/Subtype /text#2Fcsv", text, StringComparison.Ordinal);
        Assert.Contains($"/TwinValSha256 ({Convert.ToHexStringLower(SHA256.HashData(file.Content.AsSpan()))})", text, StringComparison.Ordinal);
#pragma warning disable CA5351 // the PDF /CheckSum is MD5 by definition
        Assert.Contains($"/CheckSum <{Convert.ToHexString(MD5.HashData(file.Content.AsSpan()))}>", text, StringComparison.Ordinal);
#pragma warning restore CA5351
        Assert.Contains("/ModDate (D:20260314092656+00'00')", text, StringComparison.Ordinal);
        Assert.Contains("/AF [", text, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:part>3</pdfaid:part>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Embed_ThenSign_SignatureValidAndCoversEvidence()
    {
        var embedded = EvidenceEmbedder.Embed(SampleReport.Pdf, [File("results.csv", "case,verdict\n")], Finished);

        var signed = await PdfSigner.SignAsync(embedded, new SignatureRequest("Ada Reviewer", SignatureMeaning.Authorship, TestSigners.Rsa), TestSigners.Clock(), TestContext.Current.CancellationToken);

        var report = PdfSig.Report(signed);
        Assert.Equal(1, PdfSig.ValidCount(report));
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Embed_SecondUpdate_MergesNameTreeSorted()
    {
        var once = EvidenceEmbedder.Embed(SampleReport.Pdf, [File("run.json", "{}", "application/json")], Finished);

        var twice = EvidenceEmbedder.Embed(once, [File("checks.csv", "a\n")], Finished);

        using var document = PdfDocument.Open(twice);
        Assert.True(document.Advanced.TryGetEmbeddedFiles(out var read));
        Assert.Equal(["checks.csv", "run.json"], read.Select(f => f.Name));
    }

    [Fact]
    public void Embed_SameNameTwice_Throws()
    {
        var once = EvidenceEmbedder.Embed(SampleReport.Pdf, [File("run.json", "{}", "application/json")], Finished);

        Assert.Throws<ArgumentException>(() => EvidenceEmbedder.Embed(once, [File("run.json", "{}", "application/json")], Finished));
    }
}
