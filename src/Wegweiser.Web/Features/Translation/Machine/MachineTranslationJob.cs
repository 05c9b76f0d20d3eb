using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Content;
using Wegweiser.Core.Translation;
using Wegweiser.Core.Workflow;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Editorial.Entries;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Translation.Machine;

/// <summary>
/// "Fehlende Übersetzungen vorschlagen": translates the chosen entries into one culture in the
/// background, one entry after another, and reports progress. Each suggestion goes into the entry's
/// editable version as a draft (a published entry gets a new draft; the public text stays live),
/// marked as machine-translated; nothing is ever published here. An entry that meanwhile has a
/// translation is skipped. A failure of the service stops the run: entries done so far keep their
/// drafts, the failing one is left as it was. One run at a time.
/// </summary>
public sealed class MachineTranslationJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<MachineTranslationJob> logger)
{
    /// <summary>The last run: its culture, how many drafts it made and skipped, and why it stopped, if it did.</summary>
    public sealed record Outcome(string Culture, int Created, int Skipped, MachineTranslationFailure? Failure);

    private readonly System.Threading.Lock _lock = new();
    private JobProgress _status = JobProgress.Idle;
    private Outcome? _last;

    public JobProgress Status
    {
        get
        {
            lock (_lock)
            {
                return _status;
            }
        }
    }

    public Outcome? Last
    {
        get
        {
            lock (_lock)
            {
                return _last;
            }
        }
    }

    /// <summary>Starts suggesting translations of <paramref name="keys"/> into <paramref name="culture"/>; false when a run is going on.</summary>
    public bool TryStart(string culture, IReadOnlyList<string> keys, string? userName)
    {
        lock (_lock)
        {
            if (_status.IsRunning)
            {
                return false;
            }

            _status = new JobProgress(true, 0, keys.Count);
            _last = null;
        }

        logger.LogInformation("Machine translation of {Count} entries into {Culture} started by {User}", keys.Count, culture, userName);
        _ = Task.Run(() => RunAsync(culture, keys, userName));
        return true;
    }

    private async Task RunAsync(string culture, IReadOnlyList<string> keys, string? userName)
    {
        int created = 0, skipped = 0, done = 0;
        MachineTranslationFailure? failure = null;
        try
        {
            foreach (var key in keys)
            {
                // A scope per entry: each save stands alone, and nothing tracked piles up.
                await using var scope = scopes.CreateAsyncScope();
                var (made, stop) = await SuggestAsync(scope.ServiceProvider, key, culture, userName);
                if (stop is not null)
                {
                    failure = stop;
                    break;
                }

                if (made)
                {
                    created++;
                }
                else
                {
                    skipped++;
                }

                Set(new JobProgress(true, ++done, keys.Count));
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "Machine translation into {Culture} stopped", culture);
            failure ??= MachineTranslationFailure.ServiceError;
        }

        lock (_lock)
        {
            _last = new Outcome(culture, created, skipped, failure);
            _status = new JobProgress(false, done, keys.Count, Failed: failure is not null) { Finished = time.GetUtcNow() };
        }

        logger.LogInformation("Machine translation into {Culture}: {Created} drafts, {Skipped} skipped, stopped: {Failure}", culture, created, skipped, failure);
    }

    /// <summary>Makes the draft of one entry: whether it made one, and the failure that must stop the run.</summary>
    private async Task<(bool Made, MachineTranslationFailure? Failure)> SuggestAsync(IServiceProvider services, string key, string culture, string? userName)
    {
        var db = services.GetRequiredService<WegweiserDbContext>();
        var item = await services.GetRequiredService<ContentStore>().FindByKeyAsync(key);
        if (item is null || item.Latest.State == WorkflowState.Archived || item.Latest.TranslationStatus(culture) != TranslationStatus.Missing
            || item.Latest.Translation(Cultures.Source) is not { } german)
        {
            return (false, null);
        }

        // As in the editor: no suggestion from German prose below the plain-language setting (counted as skipped).
        var plain = services.GetRequiredService<PlainLanguage.PlainLanguageReview>();
        if (!plain.AllowsMachineTranslation(await plain.CheckEntryAsync(item.Type, german)))
        {
            return (false, null);
        }

        var fields = ContentFields.For(item.Type).Where(f => !string.IsNullOrWhiteSpace(german.Field(f))).ToDictionary(f => f, f => german.Field(f)!);
        var result = await services.GetRequiredService<MachineTranslation>().TranslateAsync(fields, culture, CancellationToken.None);
        if (result.Failure is { } failure)
        {
            return (false, failure);
        }

        var title = result.Fields.GetValueOrDefault(ContentFields.Title)?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return (false, null);
        }

        var version = await services.GetRequiredService<EntryWorkflow>().BeginEditAsync(item, userName);
        var slug = await FreeSlugAsync(db, item, culture, Slug.IsValid(Slug.From(title)) ? Slug.From(title) : german.Slug);
        var texts = result.Fields.Where(f => f.Key != ContentFields.Title).ToDictionary(f => f.Key, f => f.Value.Trim());
        version.SetTranslation(culture, slug, title, texts).IsMachineTranslated = true;
        services.GetRequiredService<AuditTrail>().Record(AuditActions.TranslationSuggested, userName, time.GetUtcNow().UtcDateTime,
            new AuditDetails { Culture = culture }, item.Id, version.Number);
        await db.SaveChangesAsync();
        return (true, null);
    }

    /// <summary><paramref name="stem"/>, or with a number added, so that no other entry of the type has it in the culture.</summary>
    private static async Task<string> FreeSlugAsync(WegweiserDbContext db, ContentItem item, string culture, string stem)
    {
        var taken = await (from t in db.ContentTranslations
                           join v in db.ContentVersions on t.VersionId equals v.Id
                           join i in db.ContentItems on v.ItemId equals i.Id
                           where t.Culture == culture && i.Type == item.Type && i.Id != item.Id && t.Slug.StartsWith(stem)
                           select t.Slug).ToListAsync();
        var slug = stem;
        for (var n = 2; taken.Contains(slug); n++)
        {
            var suffix = "-" + n;
            slug = stem[..Math.Min(stem.Length, 120 - suffix.Length)].TrimEnd('-') + suffix;
        }

        return slug;
    }

    private void Set(JobProgress status)
    {
        lock (_lock)
        {
            _status = status;
        }
    }
}
