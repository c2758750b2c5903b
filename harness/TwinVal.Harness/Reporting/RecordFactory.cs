using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;

namespace TwinVal.Harness.Reporting;

/// <summary>Builds the run record's descriptions of cases and solvers.</summary>
public static class RecordFactory
{
    /// <summary>The record of <paramref name="referenceCase"/>; its path relative to <paramref name="baseFolder"/> when given.</summary>
    public static CaseRecord Case(ReferenceCase referenceCase, string? baseFolder = null) => new(
        referenceCase.Id,
        referenceCase.Title,
        KebabCase.Of(referenceCase.Domain),
        KebabCase.Of(referenceCase.Kind),
        KebabCase.Of(referenceCase.Tier),
        referenceCase.Model.Id,
        referenceCase.Model.Version,
        baseFolder is null ? referenceCase.FolderPath : Path.GetRelativePath(baseFolder, referenceCase.FolderPath).Replace('\\', '/'),
        referenceCase.ContentHash,
        KebabCase.Of(referenceCase.Reference.Class),
        referenceCase.Reference.Citation);

    /// <summary>The record of <paramref name="solver"/>.</summary>
    public static SolverRecord Solver(ISolver solver) =>
        new(solver.Id, solver.Version, KebabCase.Of(solver.Kind), [.. solver.SupportedModels]);
}
