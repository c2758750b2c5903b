using System.Security.Cryptography;
using System.Text;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// The content hash of a case: SHA-256 over its files in a fixed order (case.yaml, the reference files in declaration
/// order, provenance.md). Each file is framed as name length, name (UTF-8, '/'-separated, relative to the folder),
/// content length, content — lengths as 8-byte little-endian — so no two different sets of files hash alike by
/// shifting bytes between neighbours.
/// </summary>
internal static class CaseContentHash
{
    /// <summary>Hashes the files named by <paramref name="relativePaths"/> under <paramref name="folder"/>, in that order.</summary>
    public static string Compute(string folder, IEnumerable<string> relativePaths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var relative in relativePaths)
        {
            var name = Encoding.UTF8.GetBytes(relative.Replace('\\', '/'));
            var content = File.ReadAllBytes(Path.Combine(folder, relative));
            BitConverter.TryWriteBytes(length, (long)name.Length);
            Frame(hash, length);
            hash.AppendData(name);
            BitConverter.TryWriteBytes(length, (long)content.Length);
            Frame(hash, length);
            hash.AppendData(content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Frame(IncrementalHash hash, Span<byte> length)
    {
        // BitConverter follows the machine's byte order; the frame is little-endian on every machine.
        if (!BitConverter.IsLittleEndian)
        {
            length.Reverse();
        }

        hash.AppendData(length);
    }

    /// <summary>SHA-256 of one file, lower-case hex (what <c>sha256sum</c> prints).</summary>
    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
