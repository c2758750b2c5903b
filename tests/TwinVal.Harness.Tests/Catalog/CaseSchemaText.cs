namespace TwinVal.Harness.Tests.Catalog;

/// <summary>Reads the schema copy embedded in the harness assembly.</summary>
internal static class CaseSchemaText
{
    public static string Embedded()
    {
        using var stream = typeof(TwinVal.Harness.Catalog.CaseLoader).Assembly.GetManifestResourceStream("TwinVal.Harness.Catalog.case.schema.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
