using System.Collections.Immutable;
using TwinVal.Harness.Execution;
using TwinVal.Solvers.Cardiology;
using TwinVal.Solvers.Cardiology.Cells;
using TwinVal.Solvers.Cardiology.ClosedLoop;
using TwinVal.Solvers.Cardiology.TenTusscher;
using TwinVal.Solvers.Cardiology.Tissue;
using TwinVal.Solvers.Neurology;
using TwinVal.Solvers.Oncology;
using TwinVal.Solvers.Verification;

namespace TwinVal.Solvers;

/// <summary>The solvers shipped with TwinVal.</summary>
public static class BuiltInSolvers
{
    /// <summary>One instance of every built-in solver, ordered by id.</summary>
    /// <param name="clock">Clock for the solvers' wall-time diagnostics; <see cref="TimeProvider.System"/> when null.</param>
    public static ImmutableArray<ISolver> All(TimeProvider? clock = null) =>
    [
        new AlievPanfilovSolver(clock),
        new ClosedLoopSolver(clock),
        new EpileptorSolver(clock),
        new EpileptorNetworkSolver(clock),
        new ExponentialGrowthSolver(clock),
        new ExponentialLqSolver(clock),
        new FisherKppSolver(clock),
        new FisherKppRadialSolver(clock),
        new FitzHughNagumoSolver(clock),
        new ForcedLinearSolver(clock),
        new GompertzSolver(clock),
        new HodgkinHuxleySolver(clock),
        new JansenRitSolver(clock),
        new LogisticGrowthSolver(clock),
        new MitchellSchaefferSolver(clock),
        new MonodomainSolver(clock),
        new NagumoCableSolver(clock),
        new NoFluxDiffusionSolver(clock),
        new PassiveCableSolver(clock),
        new PassiveMembraneSolver(clock),
        new PkIntravenousSolver(clock),
        new PkOralSolver(clock),
        new RdManufacturedSolver(clock),
        new SimeoniSolver(clock),
        new StiffHiresSolver(clock),
        new StiffRoberSolver(clock),
        new StiffVdpolSolver(clock),
        new TenTusscherSolver(clock),
        new VonBertalanffySolver(clock),
        new Windkessel2Solver(clock),
        new Windkessel3Solver(clock),
        new Windkessel4Solver(clock),
    ];
}
