using System.Collections.Immutable;
using System.Globalization;
using TwinVal.Harness.Reporting;
using TwinVal.Reports.Pdf.Layout;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>Environment and provenance: harness build, machine, command line, case hashes and solver versions.</summary>
internal static class ProvenanceSection
{
    /// <summary>Provenance blocks.</summary>
    public static IEnumerable<LayoutBlock> Blocks(RunSummary summary)
    {
        var info = summary.Info;
        var env = info.Environment;
        yield return new HeadingBlock(1, "Environment and provenance");
        yield return Tables.KeyValue(
            ("Harness version", $"TwinVal {info.HarnessVersion}"),
            ("Git commit", Tables.Mono(info.GitCommit)),
            ("Operating system", env.OperatingSystem),
            ("Runtime", env.Runtime),
            ("Architecture / processors", $"{env.Architecture} / {env.ProcessorCount.ToString(CultureInfo.InvariantCulture)}"),
            ("Machine", env.MachineName),
            ("Command line", Tables.Mono("twinval " + string.Join(' ', info.CommandLine))),
            ("Seed / tier", $"{info.Seed.ToString(CultureInfo.InvariantCulture)} / {info.Tier}"));
        yield return new HeadingBlock(2, "Case content hashes");
        yield return new TableBlock(
            [new TableColumn("Case", 1.3f), new TableColumn("sha256", 3f), new TableColumn("Folder", 1.7f)],
            [.. summary.Cases.Select(c => ImmutableArray.Create(new TableCell(c.Id), Tables.Mono(c.Sha256), Tables.Mono(c.Path)))]);
        yield return new HeadingBlock(2, "Solvers");
        yield return new TableBlock(
            [new TableColumn("Solver", 1.3f), new TableColumn("Version", 1f), new TableColumn("Kind", 1f), new TableColumn("Models", 2.5f)],
            [.. summary.Solvers.Select(s => ImmutableArray.Create<TableCell>(s.Id, s.Version, s.Kind, string.Join(", ", s.Models)))]);
    }
}
