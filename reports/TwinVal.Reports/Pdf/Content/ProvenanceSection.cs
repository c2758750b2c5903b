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
        yield return new HeadingBlock(2, "Solver binaries");
        var files = summary.Solvers.SelectMany(s => s.Files.Select(f => (Solver: s.Id, File: f))).ToList();
        if (files.Count == 0)
        {
            yield return new ParagraphBlock("The run record holds no solver file hashes (recorded by TwinVal from the version that added them).");
            yield break;
        }

        // Path and hash share one cell: a 64-digit hash needs the full width of a mono column to stay on one line.
        yield return new TableBlock(
            [new TableColumn("Solver", 0.9f), new TableColumn("Role", 0.6f), new TableColumn("File and sha256", 3.8f)],
            [.. files.Select(f => ImmutableArray.Create(new TableCell(f.Solver), new TableCell(f.File.Role), Tables.Mono($"{f.File.Path}\n{f.File.Sha256}")))]);
    }
}
