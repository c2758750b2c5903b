using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Tests.Catalog;

public sealed class SourceMapTests
{
    [Theory]
    [InlineData("", null)]
    [InlineData("/id", "id")]
    [InlineData("/acceptance/1/atol/unit", "acceptance[1].atol.unit")]
    [InlineData("/parameters/R/unit", "parameters.R.unit")]
    [InlineData("/a~1b/c~0d", "a/b.c~d")]
    public void FieldName_Pointer_IsDottedFieldWithIndices(string location, string? field)
    {
        Assert.Equal(field, SourceMap.FieldName(location));
    }

    [Fact]
    public void Locate_MissingChild_FallsBackToNearestParentKey()
    {
        var map = new SourceMap();
        map.AddKey("/protocol", 4, 1);
        map.AddValue("/protocol", 5, 3);
        map.AddKey("/protocol/end-time", 6, 3);
        map.AddValue("/protocol/end-time", 6, 13);

        Assert.Equal((6, 3), map.Locate("/protocol/end-time"));
        Assert.Equal((6, 13), map.Locate("/protocol/end-time", preferValue: true));
        Assert.Equal((4, 1), map.Locate("/protocol/inputs/0"));
        Assert.Null(map.Locate("/nothing"));
    }
}
