using Snapshooter;
using Snapshooter.Xunit3;

namespace TwinVal.Testing;

/// <summary>
/// Snapshot names anchored in the repository. Snapshooter otherwise derives the folder from the compiler's source path,
/// which a deterministic CI build maps to <c>/_/</c>: the committed snapshots would never be read and every CI run
/// would silently write and approve fresh ones.
/// </summary>
public static class RepositorySnapshot
{
    /// <summary>
    /// The snapshot name of the calling test, stored in <c>__snapshots__</c> under <paramref name="testFolder"/>. Call
    /// it first in the test, before any await, as Snapshooter reads the test method from the stack.
    /// </summary>
    /// <param name="testFolder">The test source folder relative to the repository root, e.g. <c>tests/TwinVal.Cli.Tests/Commands</c>.</param>
    /// <exception cref="InvalidOperationException">On CI (<c>CI</c> set) when the snapshot is not committed: CI must compare, never create.</exception>
    public static SnapshotFullName Name(string testFolder)
    {
        var fromStack = Snapshot.FullName();
        var folder = RepositoryRoot.Combine(testFolder.Split('/'));
        var file = System.IO.Path.Combine(folder, "__snapshots__", fromStack.Filename);
        if (!File.Exists(file) && OnContinuousIntegration())
        {
            throw new InvalidOperationException($"snapshot {file} is not committed; run the test locally, review the new file and commit it");
        }

        return new SnapshotFullName(fromStack.Filename, folder);
    }

    private static bool OnContinuousIntegration() =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);
}
