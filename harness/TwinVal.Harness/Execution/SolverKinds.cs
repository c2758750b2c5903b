namespace TwinVal.Harness.Execution;

/// <summary>Text names of <see cref="SolverKind"/> used in every record and listing.</summary>
public static class SolverKinds
{
    /// <summary><c>built-in</c> or <c>external</c>.</summary>
    public static string Name(SolverKind kind) => kind == SolverKind.BuiltIn ? "built-in" : "external";
}
