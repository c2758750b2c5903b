using TwinVal.Harness.Evidence.Credibility;
using TwinVal.Harness.Reporting;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Semantic checks of a case's <c>credibility</c> block: each factor and evidence category is claimed once, and a
/// verification case claims only what verification can show. A comparison with an exact solution or a refinement study
/// says how well the equations are solved, never whether they are the right equations (ASME V&amp;V 40-2018 separates
/// verification from validation and applicability for this reason), so such a case claiming model form or output
/// comparison would overstate the evidence.
/// </summary>
internal sealed class CredibilityChecks(ProblemList problems)
{
    private static readonly FdaEvidenceCategory[] VerificationCategories =
        [FdaEvidenceCategory.CodeVerification, FdaEvidenceCategory.CalculationVerification];

    public void Check(CaseDocument doc)
    {
        if (doc.Credibility is not { } credibility)
        {
            return;
        }

        var verificationCase = doc.Kind is CaseKind.CodeVerification or CaseKind.SolutionVerification;
        var kind = KebabCase.Of(doc.Kind);
        Unique(credibility.Factors, "/credibility/factors", (factor, pointer) =>
        {
            var activity = CredibilityFactors.ActivityOf(factor);
            if (verificationCase && activity != CredibilityActivity.Verification)
            {
                problems.At(pointer, $"a {kind} case is evidence for verification factors only; '{KebabCase.Of(factor)}' is a {KebabCase.Of(activity)} factor (it needs a comparison with experimental or clinical data)", preferValue: true);
            }
        });
        Unique(credibility.FdaEvidence, "/credibility/fda-evidence", (category, pointer) =>
        {
            if (verificationCase && !VerificationCategories.Contains(category))
            {
                problems.At(pointer, $"a {kind} case provides only code-verification or calculation-verification evidence, not '{KebabCase.Of(category)}'", preferValue: true);
            }
        });
    }

    private void Unique<T>(IReadOnlyList<T> items, string pointer, Action<T, string> check)
        where T : struct, Enum
    {
        var seen = new Dictionary<T, int>();
        for (var i = 0; i < items.Count; i++)
        {
            var itemPointer = SourceMap.Child(pointer, i);
            if (!seen.TryAdd(items[i], i))
            {
                problems.At(itemPointer, $"'{KebabCase.Of(items[i])}' is already listed at {SourceMap.FieldName(SourceMap.Child(pointer, seen[items[i]]))}", preferValue: true);
                continue;
            }

            check(items[i], itemPointer);
        }
    }
}
