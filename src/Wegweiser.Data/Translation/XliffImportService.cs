using Microsoft.EntityFrameworkCore;
using Wegweiser.Core.Translation.Xliff;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Stores;

namespace Wegweiser.Data.Translation;

/// <summary>
/// Imports an agency's XLIFF 2.0 file all-or-nothing: the file is read and checked against the
/// site in full (<see cref="XliffImport"/>), then every translation is written and saved in one
/// transaction. Any problem throws an <see cref="XliffException"/> and the database stays as it was.
/// </summary>
public sealed class XliffImportService(WegweiserDbContext db, TimeProvider time)
{
    private readonly AuditTrail _audit = new(db);

    /// <param name="xliff">The file's content.</param>
    /// <param name="siteCultures">The site's cultures; the file's target language must be one of them.</param>
    /// <param name="acceptChangedSources">Skip units whose German text changed since the export instead of refusing the file.</param>
    /// <param name="userName">Who imports, for new versions and the audit trail.</param>
    public async Task<XliffImportReport> ImportAsync(
        Stream xliff, IReadOnlyList<string> siteCultures, bool acceptChangedSources, string userName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(xliff);
        ArgumentNullException.ThrowIfNull(siteCultures);
        var document = XliffReader.Read(xliff);
        var culture = XliffCultures.SiteCulture(document.TargetLanguage, siteCultures) ?? document.TargetLanguage;
        var keys = document.Files.Select(f => f.Id).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var items = await new ContentStore(db).WithVersionsAndTranslations()
            .Where(i => keys.Contains(i.Key))
            .ToListAsync(ct);
        var slugs = await (from t in db.ContentTranslations
                           where t.Culture == culture
                           join v in db.ContentVersions on t.VersionId equals v.Id
                           join i in db.ContentItems on v.ItemId equals i.Id
                           select new { i.Type, t.Slug, i.Key }).Distinct().ToListAsync(ct);
        var site = new XliffImportSite
        {
            Cultures = siteCultures,
            Items = items.ToDictionary(i => i.Key),
            Slugs = slugs.Select(s => new SlugUse(s.Type, s.Slug, s.Key)).ToList(),
        };

        var now = time.GetUtcNow().UtcDateTime;
        var report = XliffImport.Apply(document, site, acceptChangedSources, now, userName);
        foreach (var result in report.Items.Where(r => r.VersionNumber is not null))
        {
            var details = new AuditDetails
            {
                Format = "xliff-2.0",
                Culture = report.Culture,
                Outcome = result.Outcome.ToString(),
                Units = [.. result.Units.Select(u => new AuditUnit(u.UnitId, u.Outcome.ToString(), u.Reason))],
            };
            _audit.Record(AuditActions.TranslationImported, userName, now, details, site.Items[result.ItemKey].Id, result.VersionNumber);
        }

        await SendBackAsync(report, site, userName, now, ct);

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return report;
    }

    /// <summary>
    /// What was read for publication no longer holds where the import wrote into an open version:
    /// a version in review went back to draft, and planned publications are cancelled, each audited.
    /// </summary>
    private async Task SendBackAsync(XliffImportReport report, XliffImportSite site, string userName, DateTime now, CancellationToken ct)
    {
        foreach (var result in report.Items.Where(r => r.Outcome == XliffItemOutcome.WaitsForOpenDraft))
        {
            var item = site.Items[result.ItemKey];
            if (result.SentBackToDraft)
            {
                _audit.Record(AuditActions.WorkflowEditedBack, userName, now,
                    new AuditDetails { From = "InReview", To = "Draft" }, item.Id, result.VersionNumber);
            }

            var plans = await db.ScheduledActions
                .Where(a => a.ItemId == item.Id && a.DoneUtc == null && a.Kind == ScheduledActionKind.Publish).ToListAsync(ct);
            foreach (var plan in plans)
            {
                db.ScheduledActions.Remove(plan);
                _audit.Record(AuditActions.ScheduleCancelled, userName, now,
                    new AuditDetails { DueUtc = plan.DueUtc, To = plan.Kind.ToString() }, item.Id, result.VersionNumber, "edited");
            }
        }
    }
}
