using System.Globalization;

namespace TwinVal.Reports.Pdf.Content;

/// <summary>How the report prints instants: ISO 8601 in UTC, stated as such (never local time).</summary>
internal static class ReportDates
{
    /// <summary>For example <c>2026-03-14 09:26:53 UTC</c>.</summary>
    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
