using System.Collections.Immutable;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Solvers;

namespace TwinVal.Validation.Tests;

/// <summary>The repository's case library and built-in solvers, loaded once for the whole suite.</summary>
internal static class BundledLibrary
{
    /// <summary>The repository's <c>reference-cases/</c> folder, found by walking up from the test binaries.</summary>
    public static string Root => TwinVal.Testing.RepositoryRoot.CaseLibrary;

    private static readonly Lazy<CatalogResult> Catalog = new(() => CaseCatalog.Load(Root));

    /// <summary>The loaded catalogue.</summary>
    public static CatalogResult Cases => Catalog.Value;

    /// <summary>Every built-in solver.</summary>
    public static ImmutableArray<ISolver> Solvers { get; } = BuiltInSolvers.All();
}
