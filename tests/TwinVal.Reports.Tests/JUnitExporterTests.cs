using System.Xml.Linq;
using Snapshooter.Xunit3;
using TwinVal.Testing;

namespace TwinVal.Reports.Tests;

public sealed class JUnitExporterTests
{
    [Fact]
    public async Task ExportAsync_SampleRun_MatchesSnapshot()
    {
        var name = RepositorySnapshot.Name("tests/TwinVal.Reports.Tests");
        var summary = SampleRun.Summary();

        var xml = SampleRun.Scrub(await SampleRun.RenderAsync(new JUnitExporter(), summary), summary);

        Snapshot.Match(xml, name);
    }

    [Fact]
    public async Task ExportAsync_SampleRun_IsValidXmlWithCountsPerCase()
    {
        var document = XDocument.Parse(await SampleRun.RenderAsync(new JUnitExporter(), SampleRun.Summary()));

        var suites = document.Root!.Elements("testsuite").ToList();
        Assert.Equal(["hh-spike", "wk2-decay"], suites.Select(s => (string?)s.Attribute("name")));
        Assert.Equal(("2", "1", "0", "1"), Counts(suites[0]));
        Assert.Equal(("2", "0", "1", "0"), Counts(suites[1]));
        var error = suites[1].Elements("testcase").First().Element("error")!;
        Assert.Equal("solver 'hh-ref' failed on case 'wk2-decay': SolverException: \"R\" <missing> & C=1.5, bad", (string?)error.Attribute("message"));
        var testcase = suites[0].Elements("testcase").First();
        Assert.Equal("twinval.neurology.hh-spike", (string?)testcase.Attribute("classname"));
        Assert.Equal("1.535", (string?)testcase.Attribute("time"));
        Assert.Contains("V-peak (qoi:max on V): fail, value 1.25 mV, limit 0.5 mV, margin -0.75 mV", testcase.Element("failure")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_ControlCharacterInMessage_StillValidXml()
    {
        var summary = SampleRun.Summary();
        var odd = summary with { Results = [summary.Results[2] with { Message = "bell \u0007 and nul \0" }] };

        var document = XDocument.Parse(await SampleRun.RenderAsync(new JUnitExporter(), odd));

        Assert.Equal("bell \uFFFD and nul \uFFFD", (string?)document.Descendants("error").Single().Attribute("message"));
    }

    private static (string?, string?, string?, string?) Counts(XElement suite) =>
        ((string?)suite.Attribute("tests"), (string?)suite.Attribute("failures"), (string?)suite.Attribute("errors"), (string?)suite.Attribute("skipped"));
}
