using CsvHelper;

namespace TwinVal.Reports;

/// <summary>CsvHelper set up for the run record: RFC 4180 quoting when needed, UTF-8 without BOM, <c>\n</c> line ends.</summary>
internal static class Csv
{
    // LF line ends: the record is diffed and hashed across platforms, so one byte sequence everywhere.
    private static readonly CsvWriterOptions Options = new() { NewLine = "\n", WriteByteOrderMark = false };

    public static CsvWriter Open(Stream destination) => CsvWriter.Create(destination, Options, leaveOpen: true);

    public static void Row(CsvWriter csv, params string[] cells) => csv.WriteRecord(cells);
}
