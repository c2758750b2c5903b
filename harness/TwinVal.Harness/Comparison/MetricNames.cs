using System.Text;
using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Comparison;

/// <summary>The kebab-case names metrics and QoIs carry in case.yaml, checks.csv and messages.</summary>
internal static class MetricNames
{
    /// <summary>Metric name, for example <c>rel-l2</c>; QoI checks add their kind, for example <c>qoi:time-of-max</c>.</summary>
    public static string Of(AcceptanceCheck check) =>
        check.Metric == MetricKind.Qoi && check.Qoi is { } qoi ? $"qoi:{Kebab(qoi.Kind)}" : Kebab(check.Metric);

    /// <summary>Kebab case of an enum member: <c>RelLinf</c> becomes <c>rel-linf</c>, <c>RelL2</c> becomes <c>rel-l2</c>.</summary>
    public static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
