using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TwinVal.Reports.PdfFile;

/// <summary>
/// Collects new and changed objects and appends them to the original bytes as one incremental update (ISO 32000-1
/// §7.5.6): the objects, a classic cross-reference section for exactly those objects, and a trailer with /Prev. The
/// original bytes are never changed, so signatures over earlier revisions stay valid.
/// </summary>
/// <param name="revision">The revision being updated.</param>
internal sealed class PdfIncrementalUpdate(PdfRevision revision)
{
    private readonly SortedDictionary<int, (int Generation, PdfObject Value)> objects = [];
    private int next = revision.Size;

    /// <summary>The revision being updated.</summary>
    public PdfRevision Revision { get; } = revision;

    /// <summary>Adds a new object and returns its reference.</summary>
    public PdfReference Add(PdfObject value)
    {
        var reference = new PdfReference(next++, 0);
        objects[reference.Number] = (0, value);
        return reference;
    }

    /// <summary>Reserves a number for an object whose content is set later with <see cref="Set"/>.</summary>
    public PdfReference Reserve() => Add(PdfNull.Instance);

    /// <summary>Replaces object <paramref name="reference"/> (an existing one or one added by this update).</summary>
    public void Set(PdfReference reference, PdfObject value) => objects[reference.Number] = (reference.Generation, value);

    /// <summary>The object as this update will write it: the changed version when changed here, else the file's.</summary>
    public PdfObject Current(PdfReference reference) =>
        objects.TryGetValue(reference.Number, out var changed) ? changed.Value : Revision.Get(reference);

    /// <summary>Like <see cref="Current"/>, for dictionaries.</summary>
    public PdfDictionary CurrentDictionary(PdfReference reference) => Current(reference) switch
    {
        PdfDictionary d => d,
        var other => throw new PdfFormatException($"object {reference.Number}: expected a dictionary, found {other.GetType().Name}"),
    };

    /// <summary>Appends the update to <paramref name="original"/> (the bytes <see cref="Revision"/> was read from).</summary>
    /// <returns>The whole new file and the offset of every object written.</returns>
    public PdfUpdateResult AppendTo(ReadOnlySpan<byte> original)
    {
        if (original.Length != Revision.Length)
        {
            throw new ArgumentException("the bytes differ from those the revision was read from", nameof(original));
        }

        using var output = new MemoryStream(original.Length + 65536);
        output.Write(original);
        // The update starts on a fresh line; a file ending in "%%EOF" without a newline gets one.
        if (original[^1] is not ((byte)'\n' or (byte)'\r'))
        {
            output.WriteByte((byte)'\n');
        }

        var bodyStart = output.Position;
        var offsets = ImmutableDictionary.CreateBuilder<int, long>();
        foreach (var (number, (generation, value)) in objects)
        {
            offsets[number] = output.Position;
            Ascii(output, $"{number} {generation} obj\n");
            PdfSerializer.Write(output, value);
            Ascii(output, "\nendobj\n");
        }

        var xref = output.Position;
        Ascii(output, "xref\n");
        foreach (var run in Runs(objects.Keys))
        {
            Ascii(output, $"{run[0]} {run.Count}\n");
            foreach (var number in run)
            {
                Ascii(output, string.Create(CultureInfo.InvariantCulture, $"{offsets[number]:D10} {objects[number].Generation:D5} n\r\n"));
            }
        }

        Ascii(output, "trailer\n");
        PdfSerializer.Write(output, Trailer(output.GetBuffer().AsSpan((int)bodyStart, (int)(xref - bodyStart))));
        Ascii(output, $"\nstartxref\n{xref}\n%%EOF\n");
        return new PdfUpdateResult(output.ToArray(), offsets.ToImmutable());
    }

    private PdfDictionary Trailer(ReadOnlySpan<byte> body)
    {
        var size = Math.Max(Revision.Size, objects.Count == 0 ? 0 : objects.Keys.Max() + 1);
        var trailer = Revision.Trailer.Without("Prev").Without("XRefStm")
            .With("Size", new PdfNumber(size))
            .With("Prev", new PdfNumber(Revision.StartXref));
        // The first identifier is permanent; the second changes with each revision (§14.4). It is derived from the
        // update's own bytes (SHA-256 cut to the customary 16 bytes), so output stays deterministic.
        if (trailer["ID"] is PdfArray { Items: [PdfString permanent, ..] })
        {
            trailer = trailer.With("ID", new PdfArray([permanent, new PdfString([.. SHA256.HashData(body).AsSpan(0, 16)], Hex: true)]));
        }

        return trailer;
    }

    private static IEnumerable<List<int>> Runs(IEnumerable<int> sorted)
    {
        var run = new List<int>();
        foreach (var number in sorted)
        {
            if (run.Count > 0 && number != run[^1] + 1)
            {
                yield return run;
                run = [];
            }

            run.Add(number);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static void Ascii(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));
}
