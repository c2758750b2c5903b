using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace TwinVal.Harness.Units;

/// <summary>
/// Recursive-descent parser for unit expressions:
/// <c>expr := term (('*' | '·' | '/') term)*</c>, <c>term := '(' expr ')' | '1' | symbol power?</c>,
/// <c>power := '^' '-'? digits | superscript digits</c>. Operators bind left to right, so
/// <c>mmHg*s/mL</c> is (mmHg·s)/mL and <c>mL/mmHg/s</c> is mL/(mmHg·s).
/// </summary>
internal sealed class UnitParser
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private readonly string text;
    private int position;

    private UnitParser(string text) => this.text = text;

    public static bool TryParse(string? raw, [NotNullWhen(true)] out Unit? unit, [NotNullWhen(false)] out string? error)
    {
        unit = null;
        if (string.IsNullOrWhiteSpace(raw))
        {
            error = "empty unit; expected a unit such as 'mmHg', 'mL/s' or '1' for a pure number";
            return false;
        }

        var normalised = Normalise(raw.Trim());
        var parser = new UnitParser(normalised);
        try
        {
            var parsed = parser.ParseExpression();
            if (parser.position < normalised.Length)
            {
                throw new FormatException($"unexpected '{normalised[parser.position]}' at position {parser.position + 1}");
            }

            unit = new Unit(normalised, parsed.Dimension, parsed.ToSi);
            error = null;
            return true;
        }
        catch (FormatException ex)
        {
            error = $"unit '{raw}': {ex.Message}";
            return false;
        }
    }

    // 'u' is accepted for 'µ' (micro sign U+00B5); the Greek mu U+03BC is folded onto it too.
    private static string Normalise(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == ' ')
            {
                continue;
            }

            // Spaces are dropped, so the character before is the last one kept ("mL / uL" reads as mL/µL).
            var startsSymbol = builder.Length == 0 || "*·⋅/(".Contains(builder[^1], StringComparison.Ordinal);
            var isMicro = c == '\u03BC' || (c == 'u' && startsSymbol && i + 1 < raw.Length && char.IsLetter(raw[i + 1]));
            builder.Append(isMicro ? 'µ' : c == '⋅' ? '·' : c);
        }

        return builder.ToString();
    }

    private Unit ParseExpression()
    {
        var left = ParseTerm();
        while (position < text.Length && text[position] is '*' or '·' or '/')
        {
            var op = text[position++];
            var right = ParseTerm();
            left = op == '/' ? left.Divide(right, string.Empty) : left.Multiply(right, string.Empty);
        }

        return left;
    }

    private Unit ParseTerm()
    {
        if (position >= text.Length)
        {
            throw new FormatException("expected a unit symbol at the end");
        }

        Unit term;
        if (text[position] == '(')
        {
            position++;
            term = ParseExpression();
            if (position >= text.Length || text[position] != ')')
            {
                throw new FormatException("missing ')'");
            }

            position++;
        }
        else
        {
            term = ParseSymbol();
        }

        var power = ParsePower();
        return power == 1 ? term : term.Pow(power, string.Empty);
    }

    private Unit ParseSymbol()
    {
        var start = position;
        while (position < text.Length && IsSymbolChar(text[position]))
        {
            position++;
        }

        var symbol = text[start..position];
        if (symbol.Length == 0)
        {
            throw new FormatException($"expected a unit symbol at position {start + 1}");
        }

        if (!UnitVocabulary.Symbols.TryGetValue(symbol, out var entry))
        {
            // "cm2" is a common slip for cm²: say how powers are written when the letters alone are a unit.
            var letters = symbol.TrimEnd("0123456789".ToCharArray());
            var hint = letters.Length < symbol.Length && UnitVocabulary.Symbols.ContainsKey(letters)
                ? $"; powers are written {letters}^{symbol[letters.Length..]} or with superscripts"
                : string.Empty;
            throw new FormatException($"unknown unit symbol '{symbol}'{hint}; known symbols include {Examples()}");
        }

        return new Unit(symbol, entry.Dimension, entry.ToSi);
    }

    private int ParsePower()
    {
        if (position < text.Length && text[position] == '^')
        {
            position++;
            var start = position;
            if (position < text.Length && text[position] == '-')
            {
                position++;
            }

            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }

            if (!int.TryParse(text.AsSpan(start, position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p) || p == 0)
            {
                throw new FormatException("expected a non-zero integer after '^'");
            }

            return p;
        }

        var negative = false;
        if (position < text.Length && text[position] == '⁻')
        {
            negative = true;
            position++;
        }

        var digits = 0;
        var value = 0;
        while (position < text.Length && Superscripts.Contains(text[position], StringComparison.Ordinal))
        {
            value = (value * 10) + Superscripts.IndexOf(text[position], StringComparison.Ordinal);
            position++;
            digits++;
        }

        if (digits == 0)
        {
            return negative ? throw new FormatException("expected superscript digits after '⁻'") : 1;
        }

        return negative ? -value : value;
    }

    private static bool IsSymbolChar(char c) =>
        char.IsLetter(c) || char.IsAsciiDigit(c) || c is 'µ' or 'Ω' or '%';

    private static string Examples() => "s, ms, min, h, day, m, cm, mm, L, mL, g, mg, mV, mmHg, A, µA, F, µF, S, mS, Ω, Gy, mol, M, Hz, % and 1";
}
