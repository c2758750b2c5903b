using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TwinVal.Harness.Catalog;

namespace TwinVal.Harness.Tests.Catalog;

public sealed class CoreSchemaScalarTests
{
    [Theory]
    [InlineData("42", "Number", "42")]
    [InlineData("-7", "Number", "-7")]
    [InlineData("0x1F", "Number", "31")]
    [InlineData("0o17", "Number", "15")]
    [InlineData("1.5e-3", "Number", "0.0015")]
    [InlineData(".5", "Number", "0.5")]
    [InlineData("true", "Boolean", "true")]
    [InlineData("FALSE", "Boolean", "false")]
    [InlineData("~", "Null", null)]
    [InlineData("", "Null", null)]
    [InlineData(".inf", "NonFinite", null)]
    [InlineData("-.Inf", "NonFinite", null)]
    [InlineData(".NaN", "NonFinite", null)]
    [InlineData("1e999", "NonFinite", null)]
    [InlineData("yes", "String", null)]
    [InlineData("1.2.3", "String", null)]
    [InlineData("mmHg", "String", null)]
    [InlineData("inf", "String", null)]
    public void Resolve_PlainScalar_FollowsYaml12CoreSchema(string text, string kind, string? json)
    {
        Assert.Equal(Enum.Parse<CoreSchemaScalar.Kind>(kind), CoreSchemaScalar.Resolve(text, out var node));
        if (json is not null)
        {
            Assert.Equal(json, node!.ToJsonString());
        }
    }

    [Property]
    public Property Resolve_RoundTripText_OfAnyFiniteDouble_IsThatNumber()
    {
        var values = ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => f.Get).ToArbitrary();
        return Prop.ForAll(values, value =>
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            return CoreSchemaScalar.Resolve(text, out var node) == CoreSchemaScalar.Kind.Number
                && CaseModelReader.Number(node) == value;
        });
    }
}
