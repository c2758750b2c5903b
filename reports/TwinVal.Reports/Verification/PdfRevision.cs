using System.Collections.Immutable;

namespace TwinVal.Reports.Verification;

/// <summary>An entry of a cross-reference section: where object <c>n</c> lives, or that it was freed.</summary>
internal sealed record XrefEntry(long Offset, int Generation, bool InUse);

/// <summary>
/// One revision of a PDF: the original file or one incremental update (ISO 32000-2 §7.5.6), ending just after its
/// <c>%%EOF</c> line. <see cref="Entries"/> are the section's own entries; <see cref="Objects"/> the object table as
/// seen by a reader that stops at this revision.
/// </summary>
internal sealed record PdfRevision(
    int Number,
    long XrefOffset,
    long End,
    PdfDict Trailer,
    ImmutableDictionary<int, XrefEntry> Entries,
    ImmutableDictionary<int, XrefEntry> Objects);
