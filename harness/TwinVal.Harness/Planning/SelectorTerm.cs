using System.Text.RegularExpressions;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Reporting;

namespace TwinVal.Harness.Planning;

/// <summary>One term of a case pattern.</summary>
/// <param name="Kind">What the term tests.</param>
/// <param name="Value">The glob, domain, tag or tier as written (domains and tiers lower case).</param>
/// <param name="IdPattern">The compiled glob for <see cref="SelectorKind.Id"/> terms.</param>
public sealed record SelectorTerm(SelectorKind Kind, string Value, Regex? IdPattern)
{
    /// <summary>True when the term selects <paramref name="referenceCase"/>.</summary>
    public bool Matches(ReferenceCase referenceCase) => Kind switch
    {
        SelectorKind.Id => IdPattern!.IsMatch(referenceCase.Id),
        SelectorKind.Domain => KebabCase.Of(referenceCase.Domain) == Value,
        SelectorKind.Tag => referenceCase.Tags.Contains(Value, StringComparer.Ordinal),
        SelectorKind.Tier => KebabCase.TryParse<Tier>(Value, out var ceiling) && referenceCase.Tier <= ceiling,
        _ => false,
    };

    /// <summary>The term as it would be written in a pattern.</summary>
    public override string ToString() => Kind == SelectorKind.Id ? Value : $"{KebabCase.Of(Kind)}:{Value}";
}
