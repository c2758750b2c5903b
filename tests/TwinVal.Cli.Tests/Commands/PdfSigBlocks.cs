namespace TwinVal.Cli.Tests.Commands;

/// <summary>pdfsig's report cut into one text block per signature ("Signature #1:", "Signature #2:", …), in file order.</summary>
internal static class PdfSigBlocks
{
    public static string[] Of(string path)
    {
        var report = SigningCli.PdfSig(path);
        var parts = report.Split("Signature #", StringSplitOptions.None);
        return [.. parts.Skip(1)];
    }

    /// <summary>Whether pdfsig calls the signature of <paramref name="block"/> valid.</summary>
    public static bool Valid(string block) => block.Contains("- Signature Validation: Signature is Valid.", StringComparison.Ordinal);

    /// <summary>Whether pdfsig says the signature of <paramref name="block"/> covers the whole file.</summary>
    public static bool Total(string block) => block.Contains("- Total document signed", StringComparison.Ordinal);
}
