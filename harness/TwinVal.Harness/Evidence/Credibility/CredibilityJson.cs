using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TwinVal.Harness.Reporting;

namespace TwinVal.Harness.Evidence.Credibility;

/// <summary>
/// Writes an assessment as <c>credibility.json</c>: the plan (question, context of use, influence, consequence, model risk)
/// and per factor its activity, target, achieved gradation, evidence ids, failed evidence ids, gap and explanation.
/// Names and enum values are kebab case, like case.yaml and run.json.
/// </summary>
public static class CredibilityJson
{
    /// <summary>The JSON text of <paramref name="assessment"/> (indented, UTF-8 friendly, stable field order).</summary>
    public static string Serialize(CredibilityAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            writer.WriteStartObject();
            WritePlan(writer, assessment);
            writer.WriteBoolean("sufficient", assessment.Sufficient);
            writer.WriteStartArray("factors");
            foreach (var factor in assessment.Factors)
            {
                writer.WriteStartObject();
                writer.WriteString("factor", KebabCase.Of(factor.Factor));
                writer.WriteString("activity", KebabCase.Of(factor.Activity));
                writer.WriteString("target", KebabCase.Of(factor.Target));
                writer.WriteString("achieved", KebabCase.Of(factor.Achieved));
                WriteStrings(writer, "evidence", factor.EvidenceIds);
                WriteStrings(writer, "failed-evidence", factor.FailedEvidenceIds);
                writer.WriteBoolean("gap", factor.Gap);
                writer.WriteString("explanation", factor.Explanation);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WritePlan(Utf8JsonWriter writer, CredibilityAssessment assessment)
    {
        var plan = assessment.Plan;
        writer.WriteStartObject("plan");
        writer.WriteString("question-of-interest", plan.QuestionOfInterest);
        writer.WriteString("context-of-use", plan.ContextOfUse);
        writer.WriteString("model-influence", KebabCase.Of(plan.ModelInfluence));
        writer.WriteString("decision-consequence", KebabCase.Of(plan.DecisionConsequence));
        writer.WriteStartObject("model-risk");
        writer.WriteNumber("level", assessment.Risk.Level);
        writer.WriteString("category", KebabCase.Of(assessment.Risk.Category));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
