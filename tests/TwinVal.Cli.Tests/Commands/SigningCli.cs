using System.Diagnostics;
using SkiaSharp;

namespace TwinVal.Cli.Tests.Commands;

/// <summary>
/// Helpers of the signing command tests: invocations with an injected certificate password (never the process
/// environment), a small Skia-written PDF, and poppler's pdfsig as an independent checker.
/// </summary>
internal static class SigningCli
{
    public const string Password = "correct horse";

    /// <summary>Runs <c>twinval</c> in the sandbox with TWINVAL_CERT_PASSWORD set to <paramref name="password"/> (null: unset).</summary>
    public static async Task<CliRun> RunAsync(CliSandbox sandbox, string? password, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, sandbox.Clock, sandbox.Root, Interactive: false)
        {
            GetEnvironmentVariable = name => name == "TWINVAL_CERT_PASSWORD" ? password : null,
        };
        var code = await CliApplication.RunAsync(args, context, TestContext.Current.CancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Writes a two-page PDF the way the report writer does (SkiaSharp) to <paramref name="path"/>.</summary>
    public static string WritePdf(string path)
    {
        using (var stream = File.Create(path))
        using (var document = SKDocument.CreatePdf(stream))
        {
            for (var i = 0; i < 2; i++)
            {
                var canvas = document.BeginPage(595, 842);
                using var paint = new SKPaint { Color = SKColors.Black };
                canvas.DrawRect(100, 100, 200, 50, paint);
                document.EndPage();
            }

            document.Close();
        }

        return path;
    }

    /// <summary>Creates a development signer in the sandbox with <c>twinval keygen</c>.</summary>
    public static async Task<string> KeygenAsync(CliSandbox sandbox, string name = "Ada Author", string algorithm = "rsa")
    {
        var file = $"{name.Replace(' ', '-')}-{algorithm}.p12";
        (await RunAsync(sandbox, Password, "keygen", "--name", name, "--out", file, "--algorithm", algorithm)).AssertExit(ExitCodes.Success);
        return file;
    }

    /// <summary>pdfsig's report (it exits 0 even for invalid signatures, so callers read the text).</summary>
    public static string PdfSig(string path)
    {
        var start = new ProcessStartInfo("/usr/bin/pdfsig") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-nocert");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdfsig did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output + error.Result;
    }

    public static int ValidCount(string report) =>
        report.Split('\n').Count(l => l.Trim() == "- Signature Validation: Signature is Valid.");

    /// <summary>Files in <paramref name="folder"/>, temporary ones included, for "nothing was written" checks.</summary>
    public static string[] Files(string folder) => [.. Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
}
