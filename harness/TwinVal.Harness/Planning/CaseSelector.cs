using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TwinVal.Harness.Catalog;
using TwinVal.Harness.Reporting;

namespace TwinVal.Harness.Planning;

/// <summary>
/// A parsed <c>--cases</c> pattern: comma-separated terms, each an id glob (<c>wk2-*</c>, <c>*decay*</c>, an exact id),
/// <c>domain:NAME</c>, <c>tag:NAME</c> or <c>tier:NAME</c>. A case is selected when any term matches (union).
/// <c>tier:T</c> selects every tier up to T, because tiers nest.
/// </summary>
public sealed class CaseSelector
{
    /// <summary>The name problems of the command line are filed under.</summary>
    public const string CommandLine = "<command line>";

    private CaseSelector(ImmutableArray<SelectorTerm> terms) => Terms = terms;

    /// <summary>Selects every case.</summary>
    public static CaseSelector All { get; } = new([]);

    /// <summary>The parsed terms, in pattern order; empty selects everything.</summary>
    public ImmutableArray<SelectorTerm> Terms { get; }

    /// <summary>
    /// Parses <paramref name="pattern"/> (null or blank selects every case). Every bad term is reported, not only
    /// the first; <paramref name="field"/> names the option in the problems.
    /// </summary>
    public static (CaseSelector Selector, ImmutableArray<Problem> Problems) Parse(string? pattern, string field = "--cases")
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return (All, []);
        }

        var terms = ImmutableArray.CreateBuilder<SelectorTerm>();
        var problems = ImmutableArray.CreateBuilder<Problem>();
        var column = 1;
        foreach (var raw in pattern.Split(','))
        {
            var text = raw.Trim();
            var error = TryParseTerm(text, out var term);
            if (error is not null)
            {
                problems.Add(new Problem(CommandLine, null, column, field, error));
            }
            else
            {
                terms.Add(term!);
            }

            column += raw.Length + 1;
        }

        return (new CaseSelector(terms.ToImmutable()), problems.ToImmutable());
    }

    /// <summary>True when the selector selects <paramref name="referenceCase"/>.</summary>
    public bool Matches(ReferenceCase referenceCase) => Terms.IsEmpty || Terms.Any(t => t.Matches(referenceCase));

    private static string? TryParseTerm(string text, out SelectorTerm? term)
    {
        term = null;
        if (text.Length == 0)
        {
            return "empty term in the case pattern; expected an id glob, domain:NAME, tag:NAME or tier:NAME between commas";
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            term = new SelectorTerm(SelectorKind.Id, text, Glob(text));
            return null;
        }

        var kind = text[..colon].Trim().ToLowerInvariant();
        var value = text[(colon + 1)..].Trim();
        switch (kind)
        {
            case "domain" when KebabCase.TryParse<Domain>(value, out _):
                term = new SelectorTerm(SelectorKind.Domain, value.ToLowerInvariant(), null);
                return null;
            case "domain":
                return $"unknown domain '{value}' in '{text}'; expected one of {KebabCase.Names<Domain>()}";
            case "tier" when KebabCase.TryParse<Tier>(value, out _):
                term = new SelectorTerm(SelectorKind.Tier, value.ToLowerInvariant(), null);
                return null;
            case "tier":
                return $"unknown tier '{value}' in '{text}'; expected one of {KebabCase.Names<Tier>()}";
            case "tag" when value.Length > 0:
                term = new SelectorTerm(SelectorKind.Tag, value, null);
                return null;
            case "tag":
                return $"empty tag in '{text}'; expected tag:NAME";
            default:
                return $"unknown selector '{kind}:' in '{text}'; expected an id glob, domain:NAME, tag:NAME or tier:NAME";
        }
    }

    // Globs know only '*' (any run of characters) and '?' (one character); everything else is literal.
    private static Regex Glob(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant | RegexOptions.Singleline);
}
