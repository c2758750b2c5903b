namespace TwinVal.Harness.Catalog;

/// <summary>One entry of <c>reference.files</c> as declared.</summary>
/// <param name="Path">Path relative to the case folder, as written.</param>
/// <param name="Sha256">Declared SHA-256 (lower-case hex).</param>
internal sealed record ReferenceFileEntry(string Path, string Sha256);
