using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using TwinVal.Reports.Signing;
using TwinVal.Reports.Verification;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Tokens;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace TwinVal.Cli.Tests.Commands;

/// <summary>
/// Issue 8 end to end: keygen → <c>run --sign</c> → <c>verify</c> and poppler's pdfsig (an independent CMS/PAdES
/// implementation) agree; a reviewer's second signature with <c>sign</c> keeps the first valid.
/// </summary>
public sealed class SignVerifyEndToEndTests(SignedRunFixture run) : IClassFixture<SignedRunFixture>
{
    [Fact]
    public async Task RunSign_VerifyTrustingAuthor_ValidWholeDocumentAndPdfSigAgrees()
    {
        var path = run.Write("author.pdf", run.AuthorSigned);

        var verify = (await run.VerifyAsync("author.pdf")).AssertExit(ExitCodes.Success);

        Assert.Contains("verdict: VALID", verify.Out, StringComparison.Ordinal);
        Assert.Contains("1 signature(s)", verify.Out, StringComparison.Ordinal);
        Assert.Contains("whole document", verify.Out, StringComparison.Ordinal);
        var block = Assert.Single(PdfSigBlocks.Of(path));
        Assert.True(PdfSigBlocks.Valid(block), block);
        Assert.True(PdfSigBlocks.Total(block), block);
    }

    [Fact]
    public async Task Sign_ReviewerEcdsaAfterRunSign_BothValidFirstCoversItsRevision()
    {
        var path = run.Write("two.pdf", run.Reviewed);

        var verify = (await run.VerifyAsync("two.pdf")).AssertExit(ExitCodes.Success);
        var report = PdfVerifier.VerifyFile(path, Anchors());

        Assert.Equal(2, report.Signatures.Length);
        var (first, second) = (report.Signatures[0], report.Signatures[1]);
        Assert.Matches(new Regex(@"^revision \d+ of \d+$"), first.Coverage);
        Assert.True(first.Revision < first.RevisionCount, first.Coverage);
        Assert.Equal("whole document", second.Coverage);
        Assert.Equal(("Ada Author", "Eve Reviewer"), (first.Signer, second.Signer));
        Assert.Contains("verdict: VALID", verify.Out, StringComparison.Ordinal);
        var blocks = PdfSigBlocks.Of(path);
        Assert.Equal(2, blocks.Length);
        Assert.All(blocks, b => Assert.True(PdfSigBlocks.Valid(b), b));
        Assert.Equal([false, true], blocks.Select(PdfSigBlocks.Total));
    }

    [Fact]
    public void RunSign_EmbeddedEvidence_HashesMatchTheRecordFilesAndAreSigned()
    {
        var report = PdfVerifier.Verify(run.AuthorSigned, Anchors(), "report.pdf");

        foreach (var name in new[] { "run.json", "results.csv", "checks.csv" })
        {
            var attachment = Assert.Single(report.Attachments, a => a.Name == name);
            // Independent of the embedder: the hash of the file the run left on disk.
            var expected = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(run.Record, name))));
            Assert.Equal(expected, attachment.Sha256, ignoreCase: true);
            Assert.Equal(1, attachment.SignedBy);
            Assert.Equal(VerificationStatus.Ok, attachment.Checks.Single(c => c.Name == "/TwinValSha256").Status);
            Assert.True(attachment.Valid, string.Join("; ", attachment.Checks));
        }
    }

    [Fact]
    public async Task RunSign_DevelopmentSigner_BannerOnEveryPageAndFlaggedByVerify()
    {
        run.Write("banner.pdf", run.AuthorSigned);

        var verify = (await run.VerifyAsync("banner.pdf")).AssertExit(ExitCodes.Success);

        Assert.Contains("Ada Author [DEVELOPMENT SIGNER]", verify.Out, StringComparison.Ordinal);
        using var document = PigDocument.Open(run.AuthorSigned);
        Assert.True(document.NumberOfPages > 1);
        Assert.All(document.GetPages(), page => Assert.Contains(page.GetAnnotations(), a => a.Content == DevelopmentCertificate.Banner));
    }

    // ISO 19005-2/-3 §6.3.2 and §6.3.3 (veraPDF rules 6.3.2-1, 6.3.2-2, 6.3.3-1, 6.3.3-3): every annotation has /F with
    // Print set and Hidden, Invisible, NoView and ToggleNoView clear, and an appearance dictionary holding only /N.
    [Fact]
    public void Sign_EveryAnnotation_MeetsPdfA2AnnotationRules()
    {
        using var document = PigDocument.Open(run.Reviewed);
        var annotations = document.GetPages().SelectMany(p => p.GetAnnotations()).ToList();

        Assert.Contains(annotations, a => a.Type == AnnotationType.Widget);
        Assert.Contains(annotations, a => a.Content == DevelopmentCertificate.Banner);
        Assert.All(annotations, a =>
        {
            Assert.True(a.Flags.HasFlag(AnnotationFlags.Print), $"{a.Type} without the Print flag");
            Assert.False((a.Flags & (AnnotationFlags.Hidden | AnnotationFlags.Invisible | AnnotationFlags.NoView | AnnotationFlags.ToggleNoView)) != 0, $"{a.Type} flags {a.Flags}");
            Assert.True(a.AnnotationDictionary.TryGet(NameToken.Ap, out DictionaryToken appearance), $"{a.Type} without /AP");
            Assert.Equal(["N"], appearance.Data.Keys);
        });
    }

    [Fact]
    public void RunSign_FirstAndSignaturePages_RasteriseToInk()
    {
        var path = run.Write("raster.pdf", run.Reviewed);
        using var document = PigDocument.Open(run.Reviewed);

        // Page 1 (cover) and the last page (signature page, with both widgets) at 20 dpi in 8-bit grey.
        foreach (var page in new[] { 1, document.NumberOfPages })
        {
            var pixels = Rasterise(path, page);
            var dark = pixels.Count(p => p < 128);
            Assert.True(dark > pixels.Length / 1000, $"page {page}: {dark} of {pixels.Length} pixels darker than mid-grey; expected ink on the page");
        }
    }

    private X509Certificate2Collection Anchors()
    {
        var (anchors, problems) = TrustAnchors.Load([Path.Combine(run.Sandbox.Root, "author.pem"), Path.Combine(run.Sandbox.Root, "reviewer.pem")]);
        Assert.Empty(problems);
        return anchors;
    }

    private static byte[] Rasterise(string pdf, int page)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, $"page{page}");
        var start = new ProcessStartInfo("/usr/bin/pdftoppm") { RedirectStandardError = true };
        foreach (var arg in new[] { "-gray", "-r", "20", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdf, prefix })
        {
            start.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start"))
        {
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }

        // PGM (P5): header "P5\n<w> <h>\n255\n", then one byte per pixel.
        var bytes = File.ReadAllBytes(prefix + ".pgm");
        var headerEnd = 0;
        for (var newlines = 0; newlines < 3; headerEnd++)
        {
            newlines += bytes[headerEnd] == '\n' ? 1 : 0;
        }

        return bytes[headerEnd..];
    }
}
