using System.Globalization;
using System.Security.Cryptography;

namespace TwinVal.Cli.Tests;

/// <summary>Deliberate, checked edits of case files: every edit fails the test if the text it changes is not there.</summary>
internal static class CaseFiles
{
    /// <summary>Replaces the single occurrence of <paramref name="old"/> in <paramref name="path"/>.</summary>
    public static void Replace(string path, string old, string replacement)
    {
        var text = File.ReadAllText(path);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"'{old}' must occur exactly once in {path}");
        File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    /// <summary>The 1-based line of <paramref name="path"/> that contains <paramref name="text"/>.</summary>
    public static int LineOf(string path, string text) =>
        Array.FindIndex(File.ReadAllLines(path), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    /// <summary>
    /// Adds <paramref name="delta"/> to the value in the second column of the reference row at <paramref name="time"/>
    /// (first column, exact text) and records the file's new SHA-256 in case.yaml, so the case stays loadable while its
    /// golden data no longer matches what a correct solver computes.
    /// </summary>
    public static void ShiftReferenceValue(string caseFolder, string time, double delta)
    {
        var csv = Path.Combine(caseFolder, "reference.csv");
        var oldHash = Sha256(csv);
        var lines = File.ReadAllLines(csv);
        var row = Array.FindIndex(lines, l => l.StartsWith(time + ",", StringComparison.Ordinal));
        Assert.True(row > 0, $"no row at time {time} in {csv}");
        var cells = lines[row].Split(',');
        cells[1] = (double.Parse(cells[1], CultureInfo.InvariantCulture) + delta).ToString("R", CultureInfo.InvariantCulture);
        lines[row] = string.Join(',', cells);
        File.WriteAllText(csv, string.Join('\n', lines) + "\n");
        Replace(Path.Combine(caseFolder, "case.yaml"), oldHash, Sha256(csv));
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
