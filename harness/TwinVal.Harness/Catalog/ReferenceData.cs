using System.Collections.Immutable;

namespace TwinVal.Harness.Catalog;

/// <summary>The golden data of a case and where it comes from.</summary>
/// <param name="Class">How the reference values were obtained.</param>
/// <param name="Citation">Source: reference with DOI and table or figure, or the committed script that computed it.</param>
/// <param name="Tables">Reference CSVs, in declaration order.</param>
public sealed record ReferenceData(ReferenceClass Class, string Citation, ImmutableArray<ReferenceTable> Tables)
{
    /// <summary>The first table holding a column called <paramref name="variable"/>, or null.</summary>
    public ReferenceTable? TableFor(string variable) => Tables.FirstOrDefault(t => t.Data.Find(variable) is not null);
}
