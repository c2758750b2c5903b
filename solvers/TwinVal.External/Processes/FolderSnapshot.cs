using System.Collections.Immutable;

namespace TwinVal.External.Processes;

/// <summary>
/// The files under a folder with their sizes and modification times, to tell which ones a process created or changed.
/// Bounded: past <see cref="MaxEntries"/> files the snapshot stops, so a huge folder cannot stall a run.
/// </summary>
internal sealed record FolderSnapshot(ImmutableDictionary<string, (long Length, DateTime Modified)> Files)
{
    public const int MaxEntries = 5000;

    public static FolderSnapshot Take(string folder, Func<string, bool>? include = null, bool recursive = true)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, (long, DateTime)>(StringComparer.Ordinal);
        try
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).Take(MaxEntries))
            {
                var relative = Path.GetRelativePath(folder, file.FullName);
                if (include is null || include(relative))
                {
                    builder[relative] = (file is FileInfo f ? f.Length : -1, file.LastWriteTimeUtc);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder that vanished or cannot be listed has no files we can attribute.
        }

        return new FolderSnapshot(builder.ToImmutable());
    }

    /// <summary>Paths created or changed since <paramref name="before"/>, ordered.</summary>
    public ImmutableArray<string> ChangedSince(FolderSnapshot before) =>
        [.. Files.Where(f => !before.Files.TryGetValue(f.Key, out var old) || (old != f.Value && f.Value.Length >= 0)).Select(f => f.Key).Order(StringComparer.Ordinal)];
}
