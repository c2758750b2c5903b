using TwinVal.Harness.Catalog;
using TwinVal.Harness.Execution;
using TwinVal.Harness.Reporting;
using TwinVal.Testing;

namespace TwinVal.Harness.Tests.Reporting;

public sealed class RecordFactoryTests
{
    [Fact]
    public void Case_ReferenceCase_RecordsIdentityKebabEnumsAndHash()
    {
        var referenceCase = new CaseBuilder("wk2-decay").InDomain(Domain.Cardiology).OfKind(CaseKind.CodeVerification)
            .InTier(Tier.Continuous).ForModel("windkessel2", "3").Build();

        var record = RecordFactory.Case(referenceCase, Path.GetDirectoryName(Path.GetDirectoryName(referenceCase.FolderPath)));

        Assert.Equal("wk2-decay", record.Id);
        Assert.Equal("cardiology", record.Domain);
        Assert.Equal("code-verification", record.Kind);
        Assert.Equal("continuous", record.Tier);
        Assert.Equal("windkessel2", record.Model);
        Assert.Equal("3", record.ModelVersion);
        Assert.Equal("cardiology/wk2-decay", record.Path);
        Assert.Equal(referenceCase.ContentHash, record.Sha256);
        Assert.Equal("analytic", record.ReferenceClass);
    }

    [Fact]
    public void Solver_FakeSolver_RecordsVersionKindAndModels()
    {
        using var solver = new FakeSolver("ext", "m1", "m2") { Version = "2.0", Kind = SolverKind.External };

        var record = RecordFactory.Solver(solver);

        Assert.Equal(("ext", "2.0", "external"), (record.Id, record.Version, record.Kind));
        Assert.Equal(["m1", "m2"], record.Models);
    }
}
