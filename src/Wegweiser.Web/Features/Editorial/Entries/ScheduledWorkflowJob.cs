using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// Carries out planned publications and archivings ("publish on 1 March at 8:00") within
/// <see cref="Interval"/> of their time. Each plan runs once; its outcome is stored with it and in
/// the audit trail (user "system"); with several web nodes, the node that claims a plan first
/// carries it out. A failed run is logged and the next one tries again.
/// </summary>
public sealed class ScheduledWorkflowJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<ScheduledWorkflowJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    /// <summary>One run: every due plan, oldest first. Returns how many plans were carried out.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
        var workflow = scope.ServiceProvider.GetRequiredService<EntryWorkflow>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.ScheduledActions.Where(a => a.DoneUtc == null && a.DueUtc <= now).OrderBy(a => a.DueUtc).ThenBy(a => a.Id).ToListAsync(ct);
        var done = 0;
        foreach (var plan in due)
        {
            // Claim the plan first, so that with several web nodes on one database only one carries it out.
            var claimed = await db.ScheduledActions.Where(a => a.Id == plan.Id && a.DoneUtc == null)
                .ExecuteUpdateAsync(a => a.SetProperty(p => p.DoneUtc, now), ct);
            if (claimed == 0)
            {
                continue;
            }

            var item = await db.ContentItems.Include(i => i.Versions).ThenInclude(v => v.Translations).AsSplitQuery()
                .FirstOrDefaultAsync(i => i.Id == plan.ItemId, ct);
            plan.DoneUtc = now;
            if (item is null)
            {
                plan.Outcome = "item gone";
                continue;
            }

            var outcome = plan.Kind == ScheduledActionKind.Publish
                ? item.Latest.State is WorkflowState.Draft or WorkflowState.InReview
                    ? workflow.PublishCore(item, "system", plan.VersionNumber, plan.VersionStamp)
                    : EntryWorkflow.Outcome.InState(item.Latest.State)
                : workflow.ArchiveCore(item, "system");
            plan.Outcome = outcome.Done ? "done" : $"refused: {outcome.Refusal} {outcome.Argument}".Trim();
            done += outcome.Done ? 1 : 0;
            workflow.Record(item, item.Latest.Number, $"schedule.{plan.Kind.ToString().ToLowerInvariant()}.{(outcome.Done ? "done" : "refused")}", "system",
                new AuditDetails { DueUtc = plan.DueUtc });
        }

        await db.SaveChangesAsync(ct);
        if (due.Count > 0)
        {
            logger.LogInformation("Carried out {Done} of {Due} planned workflow steps", done, due.Count);
        }

        return done;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Background job {Job} failed", nameof(ScheduledWorkflowJob));
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
