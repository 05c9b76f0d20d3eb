using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// Carries out planned publications and archivings ("publish on 1 March at 8:00") within
/// <see cref="Interval"/> of their time, and at start-up. Each plan runs once, in a transaction of
/// its own; its outcome is stored with it and in the audit trail (user "system"); with several web
/// nodes, the node that claims a plan first carries it out. A failed or interrupted run is logged
/// (or lost with the process) and the next one tries again. A published version's author hears of
/// it after the commit (<see cref="EntryDecisionSaver"/>), as after a publisher's click.
/// </summary>
public sealed class ScheduledWorkflowJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<ScheduledWorkflowJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    /// <summary>One run: every due plan, oldest first. Returns how many plans were carried out.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WegweiserDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.ScheduledActions.Where(a => a.DoneUtc == null && a.DueUtc <= now).OrderBy(a => a.DueUtc).ThenBy(a => a.Id).ToListAsync(ct);
        var done = 0;
        foreach (var plan in due)
        {
            done += await CarryOutAsync(scope.ServiceProvider, plan, now, ct) ? 1 : 0;
        }

        if (due.Count > 0)
        {
            logger.LogInformation("Carried out {Done} of {Due} planned workflow steps", done, due.Count);
        }

        return done;
    }

    /// <summary>
    /// Claims one plan and carries it out in one transaction: the claim, the entry's new state, the
    /// plan's outcome, the audit lines and the change log row for the search index and caches are
    /// committed together or not at all. A crash in between leaves the plan open, and the next run
    /// (on this node after a restart, or on another) carries it out once.
    /// </summary>
    private async Task<bool> CarryOutAsync(IServiceProvider services, ScheduledAction plan, DateTime now, CancellationToken ct)
    {
        var db = services.GetRequiredService<WegweiserDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Claim the plan first, so that with several web nodes on one database only one carries it
        // out: the update holds the row (PostgreSQL) or the database (SQLite) until the commit, and
        // a second node's claim then finds it done.
        var claimed = await db.ScheduledActions.Where(a => a.Id == plan.Id && a.DoneUtc == null)
            .ExecuteUpdateAsync(a => a.SetProperty(p => p.DoneUtc, now), ct);
        if (claimed == 0)
        {
            return false;
        }

        var item = await services.GetRequiredService<ContentStore>().FindByIdAsync(plan.ItemId, ct);
        plan.DoneUtc = now;
        EntryWorkflow.Outcome outcome;
        EntryDecision? decision = null;
        if (item is null)
        {
            plan.Outcome = "item gone";
            outcome = new EntryWorkflow.Outcome(false);
        }
        else
        {
            var workflow = services.GetRequiredService<EntryWorkflow>();
            var subject = EntryDecision.Subject(item);
            outcome = plan.Kind == ScheduledActionKind.Publish
                ? item.Latest.State is WorkflowState.Draft or WorkflowState.InReview
                    ? workflow.PublishCore(item, "system", plan.VersionNumber, plan.VersionStamp)
                    : EntryWorkflow.Outcome.InState(item.Latest.State)
                : workflow.ArchiveCore(item, "system");
            plan.Outcome = outcome.Done ? "done" : $"refused: {outcome.Refusal} {outcome.Argument}".Trim();
            decision = outcome.Done && plan.Kind == ScheduledActionKind.Publish && subject is not null
                ? new EntryDecision(item, subject, EntryDecisionKind.Published) : null;
            // At the time of the step, after the step's own line, as the trail has always shown it.
            services.GetRequiredService<AuditTrail>().Record(AuditActions.ScheduleCarriedOut(plan.Kind, outcome.Done), "system", time.GetUtcNow().UtcDateTime,
                new AuditDetails { DueUtc = plan.DueUtc }, item.Id, item.Latest.Number);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (decision is not null)
        {
            var baseUrl = PublicUrl.Configured(services.GetRequiredService<IOptions<WegweiserOptions>>().Value.PublicBaseUrl) ?? "";
            await services.GetRequiredService<EntryDecisionSaver>().NotifyAsync([decision], baseUrl, ct);
        }

        return outcome.Done;
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
