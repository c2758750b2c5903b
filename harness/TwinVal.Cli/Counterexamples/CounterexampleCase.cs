using System.Globalization;
using System.Text;
using TwinVal.Harness.Comparison;
using TwinVal.Harness.Judging;
using TwinVal.Harness.Reporting;
using YamlDotNet.RepresentationModel;

namespace TwinVal.Cli.Counterexamples;

/// <summary>
/// Turns a failed property check into a property-only regression case: the original case.yaml with its parameters and
/// initial values pinned at the shrunk counterexample, only the violated property kept, and no ranges, reference data,
/// acceptance checks, refinement ladder or credibility claim (the case asserts the property at that one point).
/// </summary>
internal static class CounterexampleCase
{
    private static readonly string[] Sections = ["parameters", "initial-state"];

    private static readonly string[] Dropped = ["parameter-ranges", "reference", "acceptance", "refinement", "credibility"];

    /// <summary>A case id derived from the original id and the check: lower-case kebab, for example <c>wk2-p-bounded-cx</c>.</summary>
    public static string IdFor(string caseId, string checkId)
    {
        var text = new StringBuilder();
        foreach (var c in $"{caseId}-{checkId}-cx".ToLowerInvariant())
        {
            // Anything outside [a-z0-9] becomes a single hyphen, so the id matches the schema's kebab-case pattern.
            var keep = c is >= 'a' and <= 'z' or >= '0' and <= '9';
            if (keep || (text.Length > 0 && text[^1] != '-'))
            {
                text.Append(keep ? c : '-');
            }
        }

        return text.ToString().Trim('-');
    }

    /// <summary>
    /// The pinned case.yaml text from <paramref name="originalYaml"/>; null with a reason when the original does not
    /// declare the property or a counterexample name.
    /// </summary>
    public static string? Build(string originalYaml, string newId, JudgedRun run, CheckResult check, RunInfo info, out string reason)
    {
        reason = string.Empty;
        var stream = new YamlStream();
        stream.Load(new StringReader(originalYaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        if (Child(root, "properties") is not YamlSequenceNode properties
            || properties.Children.OfType<YamlMappingNode>().FirstOrDefault(p => Scalar(p, "id") == check.CheckId) is not { } property)
        {
            reason = $"the case no longer declares property '{check.CheckId}'";
            return null;
        }

        foreach (var value in check.Property!.Counterexample)
        {
            if (Declared(root, value.Name) is not { } declared)
            {
                reason = $"the case no longer declares '{value.Name}' as a parameter or initial value";
                return null;
            }

            // Round-trip form: the pinned point must be exactly the one the run found.
            declared.Children[new YamlScalarNode("value")] = Plain(value.Quantity.Value.ToString("R", CultureInfo.InvariantCulture));
            declared.Children[new YamlScalarNode("unit")] = new YamlScalarNode(value.Quantity.Unit.Symbol) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };
        }

        foreach (var key in Dropped)
        {
            root.Children.Remove(new YamlScalarNode(key));
        }

        root.Children[new YamlScalarNode("id")] = Plain(newId);
        root.Children[new YamlScalarNode("title")] = new YamlScalarNode(
            $"Regression: {check.CheckId} of {run.CaseId} at the counterexample found on {run.SolverId}") { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };
        root.Children[new YamlScalarNode("tier")] = Plain("smoke");
        root.Children[new YamlScalarNode("purpose")] = new YamlScalarNode(
            $"Pins the shrunk counterexample of property {check.CheckId} ({check.Metric}) of case {run.CaseId}, found by run {info.RunId} " +
            $"on solver {run.SolverId} (seed {check.Property.Seed}), so that the violation stays fixed.") { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };
        root.Children[new YamlScalarNode("properties")] = new YamlSequenceNode(property);
        EnsureInterval(root, property);

        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        stream.Save(writer, assignAnchors: false);

        // YamlDotNet closes the document with "..."; a case file is one document and needs no end marker.
        return writer.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal);
    }

    // A case without reference data needs outputs.interval (the catalogue asks for it): take the property's own interval,
    // else 1/200 of the span, the default a property solve uses anyway.
    private static void EnsureInterval(YamlMappingNode root, YamlMappingNode property)
    {
        var outputs = (YamlMappingNode)Child(root, "outputs")!;
        if (Child(outputs, "interval") is not null)
        {
            return;
        }

        if (Child(property, "interval") is { } interval)
        {
            outputs.Children[new YamlScalarNode("interval")] = interval;
            return;
        }

        var protocol = (YamlMappingNode)Child(root, "protocol")!;
        var start = (YamlMappingNode)Child(protocol, "start-time")!;
        var end = (YamlMappingNode)Child(protocol, "end-time")!;
        var span = double.Parse(Scalar(end, "value")!, CultureInfo.InvariantCulture) - double.Parse(Scalar(start, "value")!, CultureInfo.InvariantCulture);
        outputs.Children[new YamlScalarNode("interval")] = new YamlMappingNode(
            new YamlScalarNode("value"), Plain((span / 200.0).ToString("R", CultureInfo.InvariantCulture)),
            new YamlScalarNode("unit"), new YamlScalarNode(Scalar(end, "unit")!))
        {
            Style = YamlDotNet.Core.Events.MappingStyle.Flow,
        };
    }

    private static YamlMappingNode? Declared(YamlMappingNode root, string name) =>
        Sections
            .Select(section => Child(root, section) is YamlMappingNode entries ? Child(entries, name) as YamlMappingNode : null)
            .FirstOrDefault(node => node is not null);

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private static YamlScalarNode Plain(string text) => new(text) { Style = YamlDotNet.Core.ScalarStyle.Plain };
}
