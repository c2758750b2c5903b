using TwinVal.Harness.Execution;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Execution;

public sealed class SolverRegistryTests
{
    [Fact]
    public void Register_Solvers_ListsThemOrderedById()
    {
        var registry = new SolverRegistry().Register(new FakeSolver("zeta")).Register(new FakeSolver("alpha"));

        Assert.Equal(["alpha", "zeta"], registry.Ids);
        Assert.True(registry.TryGet("zeta", out var found));
        Assert.Equal("zeta", found.Id);
        Assert.False(registry.TryGet("beta", out _));
    }

    [Fact]
    public void TryRegister_DuplicateId_ReturnsProblemNamingSourceAndId()
    {
        var registry = new SolverRegistry().Register(new FakeSolver("wk-rk4"));

        var added = registry.TryRegister(new FakeSolver("wk-rk4") { Kind = SolverKind.External }, "solvers/wk/solver.yaml", out var problem);

        Assert.False(added);
        Assert.NotNull(problem);
        Assert.Equal("solvers/wk/solver.yaml", problem.File);
        Assert.Equal("id", problem.Field);
        Assert.Contains("'wk-rk4' is already taken", problem.Message, StringComparison.Ordinal);
        Assert.Single(registry.Solvers);
    }

    [Fact]
    public void Register_Duplicate_Throws() =>
        Assert.Throws<ArgumentException>(() => new SolverRegistry().Register(new FakeSolver("a")).Register(new FakeSolver("a")));
}
