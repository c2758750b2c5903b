namespace TwinVal.Harness.Reporting;

/// <summary>A file identifying a solver's code, with its SHA-256 as recorded in run.json.</summary>
/// <param name="Role"><c>assembly</c> (built-in), <c>executable</c> or <c>manifest</c> (external).</param>
/// <param name="Path">Full path of the file when the run was made.</param>
/// <param name="Sha256">64 lower-case hex digits, or <c>unreadable: reason</c> when the file could not be hashed.</param>
public sealed record SolverFileHash(string Role, string Path, string Sha256);
