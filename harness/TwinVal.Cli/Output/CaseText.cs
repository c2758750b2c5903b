using System.Text;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Reporting;

namespace TwinVal.Cli.Output;

/// <summary>The human-readable description of one case printed by <c>twinval cases show</c>.</summary>
internal static class CaseText
{
    public static string Render(ReferenceCase c, string workingDirectory)
    {
        var text = new StringBuilder();
        void Line(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                text.Append(label.PadRight(16)).Append(value.Trim().ReplaceLineEndings(" ")).Append('\n');
            }
        }

        text.Append(c.Id).Append(": ").Append(c.Title).Append("\n\n");
        Line("domain", KebabCase.Of(c.Domain));
        Line("kind", KebabCase.Of(c.Kind));
        Line("tier", KebabCase.Of(c.Tier));
        Line("model", $"{c.Model.Id} (version {c.Model.Version})");
        Line("tags", string.Join(", ", c.Tags));
        Line("path", Path.GetRelativePath(workingDirectory, c.FolderPath).Replace('\\', '/'));
        Line("sha256", c.ContentHash);
        Line("purpose", c.Purpose);
        Line("context of use", c.ContextOfUse);
        Line("time span", $"{c.Protocol.StartTime} to {c.Protocol.EndTime}");

        Section(text, "parameters", c.Parameters.Select(p => $"{p.Name} = {p.Quantity}{Describe(p.Description)}"));
        Section(text, "initial state", c.InitialState.Select(p => $"{p.Name} = {p.Quantity}{Describe(p.Description)}"));
        Section(text, "inputs", c.Protocol.Inputs.Select(InputText.Describe));
        Section(text, "outputs", c.Outputs.Variables.Select(v => $"{v.Name} [{v.Unit}]"));
        Section(text, "reference", [
            $"class: {KebabCase.Of(c.Reference.Class)}",
            $"citation: {c.Reference.Citation.Trim().ReplaceLineEndings(" ")}",
            .. c.Reference.Tables.Select(t => $"{t.Path} ({t.Data.RowCount} rows, sha256 {t.Sha256})"),
        ]);
        Section(text, "acceptance", c.Acceptance.Select(AcceptanceText.Describe));
        return text.ToString();
    }

    private static string Describe(string? description) => string.IsNullOrWhiteSpace(description) ? string.Empty : $"  ({description.Trim()})";

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(title).Append(":\n");
        foreach (var item in items)
        {
            text.Append("  ").Append(item).Append('\n');
        }
    }
}
