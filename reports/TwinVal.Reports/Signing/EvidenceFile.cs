using System.Collections.Immutable;

namespace TwinVal.Reports.Signing;

/// <summary>A run-record file embedded in the report as a PDF/A-3 associated file.</summary>
/// <param name="Name">File name (e.g. <c>run.json</c>), also the key in the EmbeddedFiles name tree.</param>
/// <param name="MimeType">MIME type (e.g. <c>application/json</c>), written as the stream's /Subtype.</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="Description">What the file is (/Desc).</param>
/// <param name="Relationship">/AFRelationship: <c>Source</c> (the report was rendered from it) or <c>Data</c>.</param>
public sealed record EvidenceFile(string Name, string MimeType, ImmutableArray<byte> Content, string Description, string Relationship);
