using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TwinVal.Harness.Catalog;

/// <summary>
/// Resolves plain YAML scalars by the YAML 1.2 core schema (null, bool, int, float) so that <c>version: 1</c> is a
/// number and <c>version: "1"</c> a string, exactly as a YAML 1.2 editor sees them. YAML 1.1 forms such as
/// <c>yes</c>/<c>no</c> stay strings on purpose: they are the classic source of silent misreadings.
/// </summary>
internal static partial class CoreSchemaScalar
{
    /// <summary>What a plain scalar resolves to.</summary>
    public enum Kind
    {
        /// <summary>A string.</summary>
        String,

        /// <summary>A finite number (in <see cref="JsonNode"/> form).</summary>
        Number,

        /// <summary>True or false.</summary>
        Boolean,

        /// <summary>Null.</summary>
        Null,

        /// <summary>.inf, -.inf or .nan: a number JSON cannot hold.</summary>
        NonFinite,
    }

    /// <summary>Resolves <paramref name="text"/>; <paramref name="node"/> is its JSON form (null for null and non-finite).</summary>
    public static Kind Resolve(string text, out JsonNode? node)
    {
        node = null;
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return Kind.Null;
            case "true" or "True" or "TRUE":
                node = JsonValue.Create(true);
                return Kind.Boolean;
            case "false" or "False" or "FALSE":
                node = JsonValue.Create(false);
                return Kind.Boolean;
        }

        if (NonFiniteForm().IsMatch(text))
        {
            return Kind.NonFinite;
        }

        if (DecimalInt().IsMatch(text))
        {
            // Integers beyond long fall back to double: the schema only distinguishes integer-valued numbers.
            node = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                ? JsonValue.Create(l)
                : JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
            return Kind.Number;
        }

        if (OctalInt().IsMatch(text) || HexInt().IsMatch(text))
        {
            var isHex = text[1] == 'x';
            try
            {
                node = JsonValue.Create(Convert.ToInt64(text[2..], isHex ? 16 : 8));
                return Kind.Number;
            }
            catch (OverflowException)
            {
                return Kind.String;
            }
        }

        if (Float().IsMatch(text))
        {
            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

            // A literal such as 1e999 overflows to infinity: as unusable as .inf itself.
            if (!double.IsFinite(value))
            {
                return Kind.NonFinite;
            }

            node = JsonValue.Create(value);
            return Kind.Number;
        }

        return Kind.String;
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalInt();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalInt();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexInt();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();

    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)$")]
    private static partial Regex NonFiniteForm();
}
