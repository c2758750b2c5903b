using System.Collections.Immutable;

namespace TwinVal.Reports.Verification;

/// <summary>
/// Decides whether the revisions after a signature changed the signed content (ISO 32000-2 §12.8.2.2.2 and the
/// DocMDP "no changes" rule, relaxed only for what later signatures must add). A later revision is allowed when a later
/// signature signs it and it only adds a signature: new objects, the catalog's /AcroForm (and /DSS), the AcroForm
/// itself, a page's /Annots, an annotation or field array growing, an empty signature field getting its value. An
/// unsigned revision may only add /DSS validation data. Anything else, and any byte after the last %%EOF, is a change.
/// </summary>
internal static class ModificationChecker
{
    private const string Name = "modifications after signing";
    private const string Why = "content changed after signing is not covered by this signature";

    public static VerificationCheck Check(PdfDocument doc, long signedEnd, IReadOnlySet<long> signatureEnds)
    {
        var findings = new List<string>();
        var later = doc.Revisions.Where(r => r.End > signedEnd).ToList();
        foreach (var revision in later)
        {
            var previous = doc.Revisions[revision.Number - 2];
            var signed = signatureEnds.Contains(revision.End);
            try
            {
                findings.AddRange(Diff(doc, previous, revision, signed).Select(f => $"revision {revision.Number} ({(signed ? "signed" : "unsigned")}): {f}"));
            }
            catch (PdfFormatException e)
            {
                findings.Add($"revision {revision.Number}: unreadable ({e.Problem})");
            }
        }

        var trailing = doc.Data.Length - doc.Last.End;
        if (trailing > 0)
        {
            findings.Add($"{trailing} unsigned bytes appended after the last %%EOF at byte {doc.Last.End}");
        }

        if (findings.Count == 0)
        {
            return VerificationCheck.Ok(Name, later.Count == 0 ? "none: the signature covers the whole document" : $"only later signatures ({later.Count} revision(s)) added");
        }

        return VerificationCheck.Fail(Name, "modified after signing: " + string.Join("; ", findings), "no change after the signed revision other than by later signatures", Why);
    }

    private static IEnumerable<string> Diff(PdfDocument doc, PdfRevision previous, PdfRevision revision, bool signed)
    {
        if (!Equals(previous.Trailer["Root"], revision.Trailer["Root"]))
        {
            yield return $"trailer /Root changed from {previous.Trailer["Root"]} to {revision.Trailer["Root"]}";
        }

        if (!Equals(previous.Trailer["Info"], revision.Trailer["Info"]))
        {
            yield return "trailer /Info changed";
        }

        var context = new Lazy<Context>(() => Context.Of(doc, previous));
        foreach (var (number, entry) in revision.Entries.OrderBy(e => e.Key))
        {
            if (!previous.Objects.TryGetValue(number, out var old) || !old.InUse)
            {
                continue; // a new object changes nothing unless a changed object refers to it, which is judged below
            }

            if (!entry.InUse)
            {
                yield return $"object {number} deleted";
                continue;
            }

            var before = doc.ReadAt(old.Offset, number, previous).Value;
            var after = doc.ReadAt(entry.Offset, number, revision).Value;
            if (Same(doc, before, after))
            {
                continue;
            }

            var verdict = Allowed(context.Value, number, before, after, signed);
            if (verdict is not null)
            {
                yield return $"object {number} {verdict}";
            }
        }
    }

    // Null when the change is one a signature revision (or a DSS update) may make; else what changed.
    private static string? Allowed(Context context, int number, PdfValue before, PdfValue after, bool signed)
    {
        if (number == context.Catalog && before is PdfDict oldCatalog && after is PdfDict newCatalog)
        {
            string[] allowed = signed ? ["AcroForm", "DSS"] : ["DSS"];
            var changed = oldCatalog.DifferingKeys(newCatalog).Except(allowed).ToList();
            return changed.Count == 0 ? null : $"(catalog) changed {string.Join(", ", changed.Select(k => "/" + k))}";
        }

        if (!signed)
        {
            return "changed in a revision no signature covers";
        }

        if (number == context.AcroForm)
        {
            return null;
        }

        if (context.Pages.Contains(number) && before is PdfDict oldPage && after is PdfDict newPage)
        {
            var changed = oldPage.DifferingKeys(newPage).Where(k => k != "Annots").ToList();
            return changed.Count == 0 ? null : $"(page) changed {string.Join(", ", changed.Select(k => "/" + k))}";
        }

        if (context.GrowingArrays.Contains(number) && before is PdfArray oldArray && after is PdfArray newArray)
        {
            return oldArray.Items.All(newArray.Items.Contains) ? null : "(annotation or field array) lost entries";
        }

        if (before is PdfDict field && field.Name("FT") == "Sig" && field["V"] is null)
        {
            return null; // an empty signature field being signed
        }

        return before is PdfStream ? "(stream) content changed" : "changed";
    }

    private static bool Same(PdfDocument doc, PdfValue before, PdfValue after) => (before, after) switch
    {
        (PdfStream a, PdfStream b) => a.Dict.Equals(b.Dict) && doc.Raw(a).Span.SequenceEqual(doc.Raw(b).Span),
        _ => Equals(before, after),
    };

    /// <summary>What the previous revision's catalog, AcroForm, pages and annotation/field arrays are.</summary>
    private sealed record Context(int Catalog, int AcroForm, ImmutableHashSet<int> Pages, ImmutableHashSet<int> GrowingArrays)
    {
        // Bounds the page-tree walk against crafted cycles and giant trees.
        private const int MaxNodes = 100_000;

        public static Context Of(PdfDocument doc, PdfRevision revision)
        {
            var catalogRef = revision.Trailer["Root"] as PdfRef;
            var catalog = doc.Dict(catalogRef, revision);
            var acroFormRef = catalog?["AcroForm"] as PdfRef;
            var arrays = ImmutableHashSet.CreateBuilder<int>();
            if (doc.Dict(catalog?["AcroForm"], revision)?["Fields"] is PdfRef fields)
            {
                arrays.Add(fields.Number);
            }

            var pages = ImmutableHashSet.CreateBuilder<int>();
            var pending = new Stack<PdfValue?>([catalog?["Pages"]]);
            var visited = new HashSet<int>();
            while (pending.Count > 0 && visited.Count < MaxNodes)
            {
                if (pending.Pop() is not PdfRef node || !visited.Add(node.Number) || doc.Dict(node, revision) is not { } dict)
                {
                    continue;
                }

                if (dict.Name("Type") == "Page" || dict["Kids"] is null)
                {
                    pages.Add(node.Number);
                    if (dict["Annots"] is PdfRef annots)
                    {
                        arrays.Add(annots.Number);
                    }
                }
                else if (doc.Resolve(dict["Kids"], revision) is PdfArray kids)
                {
                    foreach (var kid in kids.Items)
                    {
                        pending.Push(kid);
                    }
                }
            }

            return new Context(catalogRef?.Number ?? -1, acroFormRef?.Number ?? -1, pages.ToImmutable(), arrays.ToImmutable());
        }
    }
}
