using System.Collections.Immutable;
using System.IO.Compression;
using System.Security.Cryptography;
using TwinVal.Reports.PdfFile;

namespace TwinVal.Reports.Signing;

/// <summary>
/// Embeds evidence files as PDF/A-3 associated files (ISO 19005-3 §6.8; ISO 32000-2 §14.13) in one incremental update:
/// an EmbeddedFile stream per file (/Params with /Size, MD5 /CheckSum as ISO 32000-1 §7.11.4 requires, /ModDate from
/// the run record), a file specification with /AFRelationship, the catalog's /Names /EmbeddedFiles tree (sorted) and
/// /AF array. Each file specification also carries <c>/TwinValSha256</c>: the SHA-256 of the file (64 lowercase hex
/// characters) for verifiers, since MD5 proves nothing against deliberate change. Applied before the author
/// signature, so the signature covers the evidence.
/// </summary>
public static class EvidenceEmbedder
{
    /// <summary>The file-specification key holding the SHA-256 of the embedded file.</summary>
    public const string Sha256Key = "TwinValSha256";

    /// <summary>Returns <paramref name="pdf"/> with <paramref name="files"/> appended as an incremental update.</summary>
    /// <param name="pdf">The report.</param>
    /// <param name="files">The files; names must be unique and not already embedded.</param>
    /// <param name="modified">Modification date written for every file (the run record's time, never the clock).</param>
    /// <exception cref="PdfFormatException">The input is not a PDF this code can update.</exception>
    public static byte[] Embed(byte[] pdf, IReadOnlyList<EvidenceFile> files, DateTimeOffset modified)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(files);
        var update = new PdfIncrementalUpdate(PdfRevision.Read(pdf));
        var root = update.Revision.Root;
        var catalog = update.CurrentDictionary(root);
        var names = ExistingNames(update, catalog);
        var associated = ((update.Revision.Resolve(catalog["AF"]) as PdfArray)?.Items ?? []).ToBuilder();
        foreach (var file in files)
        {
            if (names.Any(n => n.Name == file.Name))
            {
                throw new ArgumentException($"'{file.Name}' is embedded already or listed twice", nameof(files));
            }

            var spec = update.Add(FileSpec(file, update.Add(Stream(file, modified))));
            names.Add((file.Name, spec));
            associated.Add(spec);
        }

        // Name-tree keys must be sorted by byte value (ISO 32000-1 §7.9.6).
        var sorted = names.OrderBy(n => n.Name, StringComparer.Ordinal)
            .SelectMany(n => new PdfObject[] { PdfString.Text(n.Name), n.Spec });
        var tree = update.Add(PdfDictionary.Of(("Names", new PdfArray([.. sorted]))));
        var nameDictionary = (update.Revision.Resolve(catalog["Names"]) as PdfDictionary ?? PdfDictionary.Empty).With("EmbeddedFiles", tree);
        update.Set(root, catalog.With("Names", nameDictionary).With("AF", new PdfArray(associated.ToImmutable())));
        DeclarePdfA3(update, catalog);
        return update.AppendTo(pdf).Bytes;
    }

    /// <summary>
    /// Embedded files of any type need PDF/A-3 (PDF/A-2 allows only PDF/A attachments): the XMP identification
    /// written by SkiaSharp (<c>pdfaid:part</c> 2, uncompressed) is rewritten to part 3, same conformance level.
    /// </summary>
    private static void DeclarePdfA3(PdfIncrementalUpdate update, PdfDictionary catalog)
    {
        if (catalog["Metadata"] is not PdfReference metadataRef || update.Current(metadataRef) is not PdfStream metadata || metadata.Dictionary["Filter"] is not null)
        {
            return;
        }

        var xmp = System.Text.Encoding.UTF8.GetString(metadata.Data.AsSpan());
        const string Part2 = "<pdfaid:part>2</pdfaid:part>";
        if (xmp.Contains(Part2, StringComparison.Ordinal))
        {
            var rewritten = xmp.Replace(Part2, "<pdfaid:part>3</pdfaid:part>", StringComparison.Ordinal);
            update.Set(metadataRef, metadata with { Data = [.. System.Text.Encoding.UTF8.GetBytes(rewritten)] });
        }
    }

    private static List<(string Name, PdfObject Spec)> ExistingNames(PdfIncrementalUpdate update, PdfDictionary catalog)
    {
        var tree = update.Revision.Resolve((update.Revision.Resolve(catalog["Names"]) as PdfDictionary)?["EmbeddedFiles"]) as PdfDictionary;
        if (tree is null)
        {
            return [];
        }

        if (tree["Kids"] is not null)
        {
            throw new PdfFormatException("unsupported PDF structure: the EmbeddedFiles name tree has /Kids (only a single leaf is updated)");
        }

        var items = (update.Revision.Resolve(tree["Names"]) as PdfArray)?.Items ?? [];
        var result = new List<(string, PdfObject)>();
        for (var i = 0; i + 1 < items.Length; i += 2)
        {
            result.Add(((items[i] as PdfString)?.DecodeText() ?? string.Empty, items[i + 1]));
        }

        return result;
    }

    private static PdfStream Stream(EvidenceFile file, DateTimeOffset modified)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(file.Content.AsSpan());
        }

#pragma warning disable CA5351 // ISO 32000-1 §7.11.4 defines /CheckSum as MD5; integrity rests on SHA-256 and the signature.
        var md5 = MD5.HashData(file.Content.AsSpan());
#pragma warning restore CA5351
        return new PdfStream(
            PdfDictionary.Of(
                ("Type", new PdfName("EmbeddedFile")),
                ("Subtype", new PdfName(file.MimeType)),
                ("Filter", new PdfName("FlateDecode")),
                ("Params", PdfDictionary.Of(
                    ("Size", new PdfNumber(file.Content.Length)),
                    ("CheckSum", new PdfString([.. md5], Hex: true)),
                    ("ModDate", PdfString.Text(Manifestation.PdfDate(modified)))))),
            [.. compressed.ToArray()]);
    }

    private static PdfDictionary FileSpec(EvidenceFile file, PdfReference stream) => PdfDictionary.Of(
        ("Type", new PdfName("Filespec")),
        ("F", PdfString.Text(file.Name)),
        ("UF", PdfString.Text(file.Name)),
        ("Desc", PdfString.Text(file.Description)),
        ("AFRelationship", new PdfName(file.Relationship)),
        ("EF", PdfDictionary.Of(("F", stream), ("UF", stream))),
        (Sha256Key, PdfString.Text(Convert.ToHexStringLower(SHA256.HashData(file.Content.AsSpan())))));
}
