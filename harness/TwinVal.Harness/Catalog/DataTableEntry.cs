namespace TwinVal.Harness.Catalog;

/// <summary>One <c>data-tables[]</c> entry of case.yaml, before its file is read.</summary>
/// <param name="Name">Name the model asks for.</param>
/// <param name="Path">Path relative to the case folder.</param>
/// <param name="Sha256">Declared SHA-256 (lower-case hex).</param>
internal sealed record DataTableEntry(string Name, string Path, string Sha256);
