namespace TwinVal.Harness.Reporting;

/// <summary>A case as recorded in run.json: identity, classification and content hash.</summary>
/// <param name="Id">Case id.</param>
/// <param name="Title">Title.</param>
/// <param name="Domain">Domain (kebab case).</param>
/// <param name="Kind">Kind of evidence (kebab case).</param>
/// <param name="Tier">Tier (kebab case).</param>
/// <param name="Model">Model id.</param>
/// <param name="ModelVersion">Model version.</param>
/// <param name="Path">Case folder, relative to the working directory when possible.</param>
/// <param name="Sha256">Content hash of the case's files.</param>
/// <param name="ReferenceClass">Class of the golden data (kebab case).</param>
/// <param name="Citation">Source of the golden data.</param>
public sealed record CaseRecord(
    string Id,
    string Title,
    string Domain,
    string Kind,
    string Tier,
    string Model,
    string ModelVersion,
    string Path,
    string Sha256,
    string ReferenceClass,
    string Citation);
