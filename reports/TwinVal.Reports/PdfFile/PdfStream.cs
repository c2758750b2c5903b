using System.Collections.Immutable;

namespace TwinVal.Reports.PdfFile;

/// <summary>A stream object: its dictionary (without <c>/Length</c>, which the writer adds) and its encoded bytes.</summary>
/// <param name="Dictionary">The stream dictionary.</param>
/// <param name="Data">The stream data as stored (already filtered).</param>
internal sealed record PdfStream(PdfDictionary Dictionary, ImmutableArray<byte> Data) : PdfObject;
