using System.Globalization;

namespace TwinVal.Reports.Verification;

/// <summary>Parses PDF dates "D:YYYYMMDDHHmmSSOHH'mm'" (ISO 32000-2 §7.9.4); a missing zone reads as UTC.</summary>
internal static class PdfDate
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var s = text.StartsWith("D:", StringComparison.Ordinal) ? text[2..] : text;
        int Part(int start, int length, int fallback) =>
            s.Length >= start + length && int.TryParse(s.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;

        if (s.Length < 4 || Part(0, 4, -1) < 0)
        {
            return null;
        }

        var offset = TimeSpan.Zero;
        if (s.Length > 14 && s[14] is '+' or '-')
        {
            var sign = s[14] == '-' ? -1 : 1;
            offset = sign * new TimeSpan(Part(15, 2, 0), Part(18, 2, 0), 0);
        }

        try
        {
            return new DateTimeOffset(Part(0, 4, 1), Part(4, 2, 1), Part(6, 2, 1), Part(8, 2, 0), Part(10, 2, 0), Part(12, 2, 0), offset);
        }
        catch (ArgumentException) // out-of-range fields, or a zone beyond ±14 h
        {
            return null;
        }
    }
}
