using GeneGraph.Neo4j.Loading;
using GeneGraph.Schema;

namespace GeneGraph.Tests.Neo4j.Loading;

public sealed class DisjointLanesTests
{
    private sealed record Step(string Name, params NodeLabel[] Touches);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Steps_on_disjoint_labels_run_together_and_steps_sharing_a_label_never()
    {
        var steps = new List<Step>
        {
            new("gene-locus", NodeLabel.Gene, NodeLabel.Locus),
            new("locus-trait", NodeLabel.Locus, NodeLabel.Trait),
            new("gene-disease", NodeLabel.Gene, NodeLabel.Disease),
            new("paper", NodeLabel.Paper),
            new("gene-pathway", NodeLabel.Gene, NodeLabel.Pathway),
        };
        var gate = new object();
        var active = new List<Step>();
        var ran = new List<string>();
        var overlapped = false;
        // "paper" shares no label with "gene-locus": each waits until the other has started, so this passes only
        // if the two really run at the same time (a sequential run would time out).
        var paperStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var geneLocusStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await DisjointLanes.RunAsync(steps, s => s.Touches, lanes: 3, async (step, token) =>
        {
            lock (gate)
            {
                Assert.DoesNotContain(active, other => other.Touches.Intersect(step.Touches).Any());
                active.Add(step);
                overlapped |= active.Count > 1;
                ran.Add(step.Name);
            }
            if (step.Name == "gene-locus") { geneLocusStarted.SetResult(); await paperStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), token); }
            if (step.Name == "paper") { paperStarted.SetResult(); await geneLocusStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), token); }
            await Task.Yield();
            lock (gate) active.Remove(step);
        }, Ct);

        Assert.True(overlapped);
        Assert.Equal(steps.Select(s => s.Name).Order(), ran.Order());
        // Steps are taken in list order where they can: the first two lanes take "gene-locus" and the first step
        // sharing no label with it ("paper"), not "locus-trait". Which of the two begins running first is a race.
        Assert.Equal(["gene-locus", "paper"], ran.Take(2).Order());
    }

    [Fact]
    public async Task One_lane_runs_the_steps_in_list_order()
    {
        var steps = Enum.GetValues<NodeLabel>().Select(l => new Step(l.ToString(), l)).ToList();
        var ran = new List<string>();
        await DisjointLanes.RunAsync(steps, s => s.Touches, lanes: 1, (step, _) =>
        {
            ran.Add(step.Name);
            return Task.CompletedTask;
        }, Ct);
        Assert.Equal(steps.Select(s => s.Name), ran);
    }

    [Fact]
    public async Task A_failed_step_stops_the_load_and_is_the_error_reported()
    {
        var steps = new List<Step> { new("fails", NodeLabel.Gene), new("waits", NodeLabel.Locus), new("later", NodeLabel.Gene) };
        var ran = new List<string>();
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => DisjointLanes.RunAsync(steps, s => s.Touches, lanes: 2,
            async (step, token) =>
            {
                lock (ran) ran.Add(step.Name);
                if (step.Name == "fails") throw new InvalidOperationException("batch 1 of 1 failed");
                await Task.Delay(Timeout.Infinite, token); // stopped by the failure of the other lane
            }, Ct));
        Assert.Equal("batch 1 of 1 failed", failure.Message);
        Assert.DoesNotContain("later", ran);
    }
}
