using System.Collections.Immutable;
using TwinVal.Reports.PdfFile;

namespace TwinVal.Reports.Signing;

/// <summary>Edits an incremental update makes to the document structure: annotations on pages, AcroForm fields.</summary>
internal static class DocumentEdits
{
    /// <summary>Appends <paramref name="annotation"/> to the page's /Annots (rewriting the page or its array object).</summary>
    public static void AddAnnotation(PdfIncrementalUpdate update, PdfReference page, PdfReference annotation)
    {
        var pageDict = update.CurrentDictionary(page);
        if (pageDict["Annots"] is PdfReference arrayRef)
        {
            var existing = update.Current(arrayRef) as PdfArray ?? throw new PdfFormatException($"object {arrayRef.Number}: /Annots is not an array");
            update.Set(arrayRef, new PdfArray(existing.Items.Add(annotation)));
            return;
        }

        var items = (pageDict["Annots"] as PdfArray)?.Items ?? [];
        update.Set(page, pageDict.With("Annots", new PdfArray(items.Add(annotation))));
    }

    /// <summary>The annotations of a page (resolved).</summary>
    public static IEnumerable<PdfDictionary> Annotations(PdfIncrementalUpdate update, PdfReference page)
    {
        var annots = update.CurrentDictionary(page)["Annots"];
        var array = annots is PdfReference r ? update.Current(r) as PdfArray : annots as PdfArray;
        foreach (var item in array?.Items ?? [])
        {
            if ((item is PdfReference ar ? update.Current(ar) : item) is PdfDictionary dict)
            {
                yield return dict;
            }
        }
    }

    /// <summary>The AcroForm fields (resolved), empty when the document has no form.</summary>
    public static ImmutableArray<PdfDictionary> Fields(PdfIncrementalUpdate update)
    {
        var form = AcroForm(update);
        var fields = form?["Fields"] is PdfReference fr ? update.Current(fr) : form?["Fields"];
        return [.. ((fields as PdfArray)?.Items ?? []).Select(f => f is PdfReference r ? update.Current(r) : f).OfType<PdfDictionary>()];
    }

    /// <summary>Adds <paramref name="field"/> to the AcroForm (created when missing) and sets /SigFlags 3 (signatures exist, append only).</summary>
    public static void AddSignatureField(PdfIncrementalUpdate update, PdfReference field)
    {
        var root = update.Revision.Root;
        var catalog = update.CurrentDictionary(root);
        var form = AcroForm(update) ?? PdfDictionary.Empty;
        var fieldsObject = form["Fields"] is PdfReference fr ? update.Current(fr) : form["Fields"];
        var fields = ((fieldsObject as PdfArray)?.Items ?? []).Add(field);
        form = form.With("Fields", new PdfArray(fields)).With("SigFlags", new PdfNumber(3));
        if (catalog["AcroForm"] is PdfReference formRef)
        {
            update.Set(formRef, form);
        }
        else
        {
            update.Set(root, catalog.With("AcroForm", update.Add(form)));
        }
    }

    private static PdfDictionary? AcroForm(PdfIncrementalUpdate update)
    {
        var entry = update.CurrentDictionary(update.Revision.Root)["AcroForm"];
        return (entry is PdfReference r ? update.Current(r) : entry) as PdfDictionary;
    }

    /// <summary>The page's /MediaBox (inherited through /Parent when absent) as (width, height) in points.</summary>
    public static (float Width, float Height) PageSize(PdfIncrementalUpdate update, PdfReference page)
    {
        var dict = update.CurrentDictionary(page);
        for (var depth = 0; depth < 64; depth++)
        {
            var box = dict["MediaBox"] is PdfReference br ? update.Current(br) : dict["MediaBox"];
            if (box is PdfArray { Items: [PdfNumber x0, PdfNumber y0, PdfNumber x1, PdfNumber y1] })
            {
                return ((float)(x1.Value - x0.Value), (float)(y1.Value - y0.Value));
            }

            if (dict["Parent"] is not PdfReference parent)
            {
                break;
            }

            dict = update.CurrentDictionary(parent);
        }

        throw new PdfFormatException($"page object {page.Number} has no /MediaBox");
    }
}
