using Wegweiser.Core.Content;
using Wegweiser.Core.Workflow;
using Wegweiser.Data.Audit;
using Wegweiser.Data.ReviewRounds;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Features.Editorial.Entries;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// Records a provider's answer for one entry of their request: "still correct" marks the published
/// version as reviewed today; changes become a draft of the next version, sent for review, while
/// the published text stays live. Each entry can be answered once per request.
/// </summary>
public sealed class ReviewAnswers(ContentStore store, AuditTrail audit, SiteContext site, TimeProvider time, EntryWorkflow workflow)
{
    public enum Outcome { Saved, AlreadyAnswered, NotInRequest, Gone }

    public async Task<Outcome> ConfirmAsync(ReviewRequest request, string key, CancellationToken ct)
    {
        if (Entry(request, key) is not { } entry)
        {
            return Outcome.NotInRequest;
        }

        if (entry.Answer != ReviewAnswer.None)
        {
            return Outcome.AlreadyAnswered;
        }

        var item = await store.FindByKeyAsync(key, ct);
        if (item?.MarkReviewed(site.Today) is not { } published)
        {
            return Outcome.Gone;
        }

        Answer(entry, ReviewAnswer.Confirmed);
        Audit(item, published.Number, AuditActions.ReviewProviderConfirmed, request);
        await store.SaveAsync(ct);
        return Outcome.Saved;
    }

    public async Task<Outcome> ChangeAsync(ReviewRequest request, string key, ProviderAnswer answer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (Entry(request, key) is not { } entry)
        {
            return Outcome.NotInRequest;
        }

        if (entry.Answer != ReviewAnswer.None)
        {
            return Outcome.AlreadyAnswered;
        }

        var item = await store.FindByKeyAsync(key, ct);
        if (item?.Published is null)
        {
            return Outcome.Gone;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var draft = await workflow.BeginEditAsync(item, $"Prüfrunde {request.RoundId}", ct, $"Rückmeldung {request.Email}");
        var german = draft.Translation(Cultures.Source)!;
        var fields = new Dictionary<string, string>(german.Fields) { [ContentFields.Summary] = answer.Summary?.Trim() ?? "" };
        draft.SetTranslation(Cultures.Source, german.Slug, answer.Title!.Trim(), fields);
        var contact = draft.Data.Contact ?? new ContactData();
        contact.Phone = Clean(answer.Phone);
        contact.Email = Clean(answer.Email);
        contact.Website = Clean(answer.Website);
        draft.Data.Contact = contact;
        draft.UpdateDerived(item.Type);
        if (draft.State == WorkflowState.Draft)
        {
            item.Transition(WorkflowState.InReview, now);
        }

        Answer(entry, ReviewAnswer.Changed);
        Audit(item, draft.Number, AuditActions.ReviewProviderChanged, request, answer.Note);
        await store.SaveAsync(ct);
        return Outcome.Saved;
    }

    private static ReviewRequestEntry? Entry(ReviewRequest request, string key) =>
        request.Entries.FirstOrDefault(e => e.ItemKey == key);

    private void Answer(ReviewRequestEntry entry, ReviewAnswer answer)
    {
        entry.Answer = answer;
        entry.AnsweredUtc = time.GetUtcNow().UtcDateTime;
    }

    private void Audit(ContentItem item, int version, string action, ReviewRequest request, string? note = null) =>
        audit.Record(action, $"Prüfrunde {request.RoundId}", time.GetUtcNow().UtcDateTime,
            string.IsNullOrWhiteSpace(note) ? null : new AuditDetails { Note = note.Trim() }, item.Id, version);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
