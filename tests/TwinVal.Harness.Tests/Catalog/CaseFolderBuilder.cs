using System.Security.Cryptography;
using System.Text;

namespace TwinVal.Harness.Tests.Catalog;

/// <summary>
/// Writes case folders into a fresh temporary library root (<c>root/&lt;domain&gt;/&lt;id&gt;/</c>) and deletes it on dispose.
/// The token <c>{sha}</c> in case.yaml is replaced by the SHA-256 of the folder's reference.csv.
/// </summary>
internal sealed class CaseFolderBuilder : IDisposable
{
    public const string ValidCsv = "time [s],P [mmHg]\n0,100\n1,51.34171190\n2,26.35971381\n";

    public const string ValidYaml = """
        id: wk2
        title: Two-element Windkessel decay
        domain: cardiology
        kind: code-verification
        tier: smoke
        tags: [windkessel]
        model: {id: windkessel2, version: "1"}
        purpose: Exponential decay of arterial pressure.
        parameters:
          R: {value: 1.0, unit: mmHg*s/mL, description: resistance}
          C: {value: 1.5, unit: mL/mmHg}
        initial-state:
          P: {value: 100.0, unit: mmHg}
        protocol:
          start-time: {value: 0.0, unit: s}
          end-time: {value: 2.0, unit: s}
          inputs:
            - {name: Q_in, kind: constant, value: 0.0, unit: mL/s}
        outputs:
          variables:
            - {name: P, unit: mmHg}
        reference:
          class: analytic
          citation: Closed form P0*exp(-t/(R*C)).
          files:
            - {path: reference.csv, sha256: {sha}}
        acceptance:
          - id: P-pointwise
            metric: pointwise
            variable: P
            atol: {value: 1.0e-6, unit: mmHg}
            rtol: 1.0e-7
          - id: P-rel-l2
            metric: rel-l2
            variable: P
            limit: {value: 1.0e-7, unit: "1"}
          - id: P-final
            metric: qoi
            variable: P
            qoi: {kind: final-value}
            atol: {value: 1.0e-3, unit: kPa}
        """;

    public CaseFolderBuilder()
    {
        Root = Path.Combine(Path.GetTempPath(), "twinval-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The library root.</summary>
    public string Root { get; }

    /// <summary>Writes a case folder and returns its path.</summary>
    public string Write(
        string id = "wk2",
        string? yaml = null,
        string? csv = ValidCsv,
        string? provenance = "Closed form, see case.yaml.\n",
        string domain = "cardiology")
    {
        var folder = Path.Combine(Root, domain, id);
        Directory.CreateDirectory(folder);
        var csvPath = Path.Combine(folder, "reference.csv");
        if (csv is not null)
        {
            File.WriteAllText(csvPath, csv);
        }

        if (provenance is not null)
        {
            File.WriteAllText(Path.Combine(folder, "provenance.md"), provenance);
        }

        var sha = csv is null ? new string('f', 64) : Sha256(csv);
        File.WriteAllText(Path.Combine(folder, "case.yaml"), (yaml ?? ValidYaml.Replace("id: wk2", $"id: {id}", StringComparison.Ordinal)).Replace("{sha}", sha, StringComparison.Ordinal));
        return folder;
    }

    /// <summary>Lower-case hex SHA-256 of UTF-8 text, as sha256sum prints it.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The 1-based line of the first line of <paramref name="yaml"/> containing <paramref name="fragment"/>.</summary>
    public static int LineOf(string yaml, string fragment) =>
        yaml.Split('\n').Select((line, i) => (line, i)).First(x => x.line.Contains(fragment, StringComparison.Ordinal)).i + 1;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would hide the real result.
        }
    }
}
