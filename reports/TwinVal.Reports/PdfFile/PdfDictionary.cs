using System.Collections.Immutable;

namespace TwinVal.Reports.PdfFile;

/// <summary>
/// A dictionary object. Entries keep their order so that a rewritten object differs from the original only where it
/// was changed, and so that output is deterministic.
/// </summary>
/// <param name="Entries">Key (decoded name without slash) and value pairs, keys unique.</param>
internal sealed record PdfDictionary(ImmutableArray<KeyValuePair<string, PdfObject>> Entries) : PdfObject
{
    /// <summary>The empty dictionary.</summary>
    public static PdfDictionary Empty { get; } = new(ImmutableArray<KeyValuePair<string, PdfObject>>.Empty);

    /// <summary>Builds a dictionary from pairs in order.</summary>
    public static PdfDictionary Of(params ReadOnlySpan<(string Key, PdfObject Value)> entries)
    {
        var result = Empty;
        foreach (var (key, value) in entries)
        {
            result = result.With(key, value);
        }

        return result;
    }

    /// <summary>The value of <paramref name="key"/>, or null.</summary>
    public PdfObject? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Key == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }
    }

    /// <summary>A copy with <paramref name="key"/> set (replaced in place, or appended).</summary>
    public PdfDictionary With(string key, PdfObject value)
    {
        for (var i = 0; i < Entries.Length; i++)
        {
            if (Entries[i].Key == key)
            {
                return new PdfDictionary(Entries.SetItem(i, new KeyValuePair<string, PdfObject>(key, value)));
            }
        }

        return new PdfDictionary(Entries.Add(new KeyValuePair<string, PdfObject>(key, value)));
    }

    /// <summary>A copy without <paramref name="key"/>.</summary>
    public PdfDictionary Without(string key) => new([.. Entries.Where(e => e.Key != key)]);

    /// <summary>The name value of <paramref name="key"/>, or null.</summary>
    public string? NameOf(string key) => (this[key] as PdfName)?.Value;
}
