using TwinVal.Harness.Data;

namespace TwinVal.Harness.Catalog;

/// <summary>One golden-data CSV of a case, its declared hash and its parsed content.</summary>
/// <param name="Path">Path relative to the case folder.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file, as declared in case.yaml and verified on load.</param>
/// <param name="Data">The parsed table.</param>
public sealed record ReferenceTable(string Path, string Sha256, SeriesTable Data);
