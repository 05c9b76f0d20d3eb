using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Wegweiser.Core.Content;
using Wegweiser.Core.History;
using Wegweiser.Core.Taxonomies;
using Wegweiser.Data;
using Wegweiser.Data.Audit;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Editorial.Entries;

/// <summary>
/// Loads the choices of the entry form, validates it (including unique keys and addresses) and
/// writes it into the item's editable version: a draft or version in review is changed in place,
/// a published one gets a new draft while it stays live. Every saved change is audited field by field.
/// </summary>
public sealed class EntryEditing(WegweiserDbContext db, ContentStore store, AuditTrail audit, TimeProvider time, EntryWorkflow workflow, IStringLocalizer<SharedResource> t)
{
    public async Task<EntryFormView> FormAsync(ContentType type, EntryInput input, IReadOnlyDictionary<string, string> errors, bool isNew, ClaimsPrincipal user, bool hasTranslations, CancellationToken ct)
    {
        var terms = await db.TaxonomyTerms.AsNoTracking().ToListAsync(ct);
        return new EntryFormView
        {
            Type = type,
            Input = input,
            Errors = errors,
            IsNew = isNew,
            HasTranslations = hasTranslations,
            Terms = terms.GroupBy(term => term.Taxonomy).ToDictionary(g => g.Key,
                g => (IReadOnlyList<TaxonomyTerm>)g.OrderBy(term => term.SortOrder).ThenBy(term => term.Key, StringComparer.Ordinal).ToList()),
            Organisations = (await OrganisationsAsync(ct))
                .Where(o => EditorPermissions.IsStaff(user) || EditorPermissions.Organisations(user).Contains(o.Key)).ToList(),
        };
    }

    public async Task<Dictionary<string, string>> ValidateAsync(EntryInput input, ContentType type, ContentItem? item, ClaimsPrincipal user, CancellationToken ct)
    {
        var terms = await db.TaxonomyTerms.AsNoTracking().Select(term => new { term.Taxonomy, term.Key }).ToListAsync(ct);
        var context = new EntryInputRules.Context(
            type,
            terms.GroupBy(term => term.Taxonomy).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(term => term.Key).ToHashSet(StringComparer.Ordinal)),
            (await OrganisationsAsync(ct)).Select(o => o.Key).ToHashSet(StringComparer.Ordinal),
            EditorPermissions.IsStaff(user) ? null : EditorPermissions.Organisations(user));
        var errors = EntryInputRules.Validate(input, context, t);

        input.Slug = string.IsNullOrWhiteSpace(input.Slug) ? Slug.From(input.Title ?? "") : input.Slug.Trim();
        if (!errors.ContainsKey("slug") && !errors.ContainsKey("title"))
        {
            if (!Slug.IsValid(input.Slug))
            {
                errors["slug"] = t["Editor.Error.Slug"];
            }
            else if (await SlugTakenAsync(input.Slug, type, item?.Id, ct))
            {
                errors["slug"] = t["Editor.Error.SlugTaken"];
            }
        }

        if (item is null)
        {
            input.Key = string.IsNullOrWhiteSpace(input.Key) ? input.Slug : input.Key.Trim();
            if (!Slug.IsValid(input.Key))
            {
                errors.TryAdd("key", t["Editor.Error.Key"]);
            }
            else if (await db.ContentItems.AnyAsync(i => i.Key == input.Key, ct) || input.Key == "neu")
            {
                errors.TryAdd("key", t["Editor.Error.KeyTaken"]);
            }
        }

        return errors;
    }

    /// <summary>Creates an item from a validated form, as a first draft, and audits every field.</summary>
    public ContentItem Create(ContentType type, EntryInput input, ClaimsPrincipal user)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var item = ContentItem.Create(type, input.Key!, now, user.Identity?.Name);
        input.ApplyTo(item.Latest, type);
        store.Add(item);
        audit.Record(AuditActions.EntryCreated, user.Identity?.Name, now, new AuditDetails { Changes = [.. VersionFields.Diff(null, item.Latest)] }, item.Id, 1);
        return item;
    }

    /// <summary>
    /// Writes a validated form into the item's editable version and audits the changed fields;
    /// returns the changes (none: nothing is written, and no new draft is made).
    /// </summary>
    public async Task<IReadOnlyList<FieldChange>> SaveAsync(ContentItem item, EntryInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var before = VersionFields.Of(item.Latest);
        var trial = new ContentVersion { Number = item.Latest.Number, Data = item.Latest.Data.Clone() };
        trial.Translations.AddRange(item.Latest.Translations.Select(tr => tr.Clone()));
        input.ApplyTo(trial, item.Type);
        if (VersionFields.Diff(before, VersionFields.Of(trial)).Count == 0)
        {
            return [];
        }

        var version = await workflow.BeginEditAsync(item, user.Identity?.Name, ct);
        input.ApplyTo(version, item.Type);
        var changes = VersionFields.Diff(before, VersionFields.Of(version));
        audit.Record(AuditActions.EntrySaved, user.Identity?.Name, time.GetUtcNow().UtcDateTime,
            new AuditDetails { Changes = [.. changes] }, item.Id, version.Number);
        return changes;
    }

    private async Task<List<(string Key, string Title)>> OrganisationsAsync(CancellationToken ct)
    {
        var organisations = await store.WithVersionsAndTranslations().AsNoTracking().Where(i => i.Type == ContentType.Organisation).ToListAsync(ct);
        return organisations.Select(o => (o.Key, o.Latest.Translation(Cultures.Source)?.Title ?? o.Key))
            .OrderBy(o => o.Item2, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(Cultures.Source), true)).ToList();
    }

    private Task<bool> SlugTakenAsync(string slug, ContentType type, Guid? itemId, CancellationToken ct) =>
        (from tr in db.ContentTranslations
         join v in db.ContentVersions on tr.VersionId equals v.Id
         join i in db.ContentItems on v.ItemId equals i.Id
         where tr.Culture == Cultures.Source && tr.Slug == slug && i.Type == type && (itemId == null || i.Id != itemId)
         select tr.Id).AnyAsync(ct);
}
