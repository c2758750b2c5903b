using System.Collections.Immutable;

namespace TwinVal.Reports.PdfFile;

/// <summary>An array object.</summary>
/// <param name="Items">The elements in order.</param>
internal sealed record PdfArray(ImmutableArray<PdfObject> Items) : PdfObject;
