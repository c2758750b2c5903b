using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using TwinVal.Harness.Reporting;

namespace TwinVal.Reports;

/// <summary>A JSON element of run.json with its dotted path, whose readers say which field was wrong and why.</summary>
internal readonly record struct RecordNode(JsonElement Element, string Path)
{
    public RecordNode this[string name] =>
        Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var child)
            ? new RecordNode(child, Join(name))
            : throw new RecordFormatException(Join(name), "missing; expected by run.json format " + RunJsonExporter.FormatVersion);

    /// <summary>Whether this object has a property <paramref name="name"/> (for fields added within a format version).</summary>
    public bool Has(string name) => Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out _);

    public bool IsNull => Element.ValueKind == JsonValueKind.Null;

    // Unsigned 64-bit values (seeds) are written as decimal strings so that no JSON reader rounds them through a double.
    public ulong UnsignedFromString() =>
        ulong.TryParse(String(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : throw Expected("an unsigned 64-bit integer as a decimal string");

    public TwinVal.Harness.Units.Unit Unit() =>
        TwinVal.Harness.Units.Unit.TryParse(String(), out var unit, out var error) ? unit : throw Expected("a unit (" + error + ")");

    public string String() => Element.ValueKind == JsonValueKind.String
        ? Element.GetString()!
        : throw Expected("a string");

    public string? NullableString() => IsNull ? null : String();

    public long Long() => Element.ValueKind == JsonValueKind.Number && Element.TryGetInt64(out var v) ? v : throw Expected("an integer");

    public int Int() => Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out var v) ? v : throw Expected("an integer");

    public int? NullableInt() => IsNull ? null : Int();

    public double Double() => Element.ValueKind switch
    {
        JsonValueKind.Number => Element.GetDouble(),
        JsonValueKind.String when Element.GetString() == "NaN" => double.NaN,
        JsonValueKind.String when Element.GetString() == "Infinity" => double.PositiveInfinity,
        JsonValueKind.String when Element.GetString() == "-Infinity" => double.NegativeInfinity,
        _ => throw Expected("a number, or \"NaN\", \"Infinity\", \"-Infinity\""),
    };

    // Milliseconds back to ticks, rounded: ms was written from whole ticks, so rounding recovers them exactly.
    public TimeSpan Milliseconds() => TimeSpan.FromTicks((long)Math.Round(Double() * TimeSpan.TicksPerMillisecond));

    public DateTimeOffset Timestamp() =>
        DateTimeOffset.TryParseExact(String(), "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : throw Expected("a UTC time such as 2026-03-14T09:26:53.0000000Z");

    public TEnum Enum<TEnum>()
        where TEnum : struct, Enum =>
        KebabCase.TryParse<TEnum>(String(), out var value) ? value : throw Expected("one of " + KebabCase.Names<TEnum>());

    public ImmutableArray<T> Array<T>(Func<RecordNode, T> read)
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Expected("an array");
        }

        var builder = ImmutableArray.CreateBuilder<T>(Element.GetArrayLength());
        var i = 0;
        foreach (var item in Element.EnumerateArray())
        {
            builder.Add(read(new RecordNode(item, $"{Path}[{i++}]")));
        }

        return builder.MoveToImmutable();
    }

    public ImmutableArray<string> Strings() => Array(n => n.String());

    private string Join(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    private RecordFormatException Expected(string what) =>
        new(Path, $"expected {what}, found {Element.ValueKind.ToString().ToLowerInvariant()}");
}
