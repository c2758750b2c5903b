using System.Collections.Immutable;

namespace TwinVal.Reports.PdfFile;

/// <summary>The file after an incremental update.</summary>
/// <param name="Bytes">The whole file: original bytes followed by the update.</param>
/// <param name="ObjectOffsets">Byte offset of each object written by the update.</param>
internal sealed record PdfUpdateResult(byte[] Bytes, ImmutableDictionary<int, long> ObjectOffsets);
