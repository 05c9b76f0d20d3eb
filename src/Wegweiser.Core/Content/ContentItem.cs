using System.Security.Cryptography;
using System.Text;
using Wegweiser.Core.Workflow;

namespace Wegweiser.Core.Content;

/// <summary>
/// A content item with a stable id and its versions. The public sees the published version;
/// editors work on the latest one. Every state change goes through <see cref="Transition"/>,
/// which applies <see cref="WorkflowRules"/>.
/// </summary>
public sealed class ContentItem
{
    public Guid Id { get; set; }

    public ContentType Type { get; set; }

    /// <summary>Stable, human-readable key ("mbe-awo"), unique across the site.</summary>
    public required string Key { get; set; }

    public DateTime CreatedUtc { get; set; }

    public List<ContentVersion> Versions { get; set; } = [];

    public ContentVersion Latest => Versions.MaxBy(v => v.Number)
        ?? throw new InvalidOperationException($"Content item {Key} has no version.");

    public ContentVersion? Published => Versions.FirstOrDefault(v => v.IsPublished);

    /// <summary>Creates an item with a first, empty draft.</summary>
    public static ContentItem Create(ContentType type, string key, DateTime nowUtc, string? author = null)
    {
        if (!Slug.IsValid(key))
        {
            throw new ArgumentException($"'{key}' is not a valid key.", nameof(key));
        }

        var item = new ContentItem { Id = IdFromKey(key), Type = type, Key = key, CreatedUtc = nowUtc };
        item.Versions.Add(new ContentVersion
        {
            ItemId = item.Id,
            Number = 1,
            State = WorkflowState.Draft,
            CreatedUtc = nowUtc,
            ModifiedUtc = nowUtc,
            Author = author,
        });
        return item;
    }

    /// <summary>
    /// Records that the published text was checked and is still correct: <paramref name="today"/>
    /// becomes its last review date, and an open draft carries the date on for when it is
    /// published. Returns the published version, or null when nothing is published.
    /// </summary>
    public ContentVersion? MarkReviewed(DateOnly today)
    {
        if (Published is not { } published)
        {
            return null;
        }

        published.LastReviewedOn = today;
        if (Latest != published)
        {
            Latest.LastReviewedOn = today;
        }

        return published;
    }

    /// <summary>
    /// The version an editor changes. A draft or a version in review is edited in place; a
    /// published or archived latest version stays as it is and a new draft copies it, so the
    /// published text stays live until the draft is published.
    /// </summary>
    public ContentVersion EditableVersion(DateTime nowUtc, string? author = null)
    {
        var latest = Latest;
        if (latest.State is WorkflowState.Draft or WorkflowState.InReview)
        {
            latest.ModifiedUtc = nowUtc;
            return latest;
        }

        var draft = latest.CloneAsDraft(latest.Number + 1, nowUtc, author);
        Versions.Add(draft);
        return draft;
    }

    /// <summary>
    /// Prepares the latest version for an edit of its content: a version in review goes back to
    /// draft, because whoever reviews it has not read the new text. Returns whether it went back.
    /// Call before writing into <see cref="EditableVersion"/>.
    /// </summary>
    public bool ReturnToDraftForEdit(DateTime nowUtc)
    {
        if (Latest.State != WorkflowState.InReview)
        {
            return false;
        }

        Transition(WorkflowState.Draft, nowUtc);
        return true;
    }

    /// <summary>Moves the latest version to <paramref name="to"/> if the workflow allows it.</summary>
    public void Transition(WorkflowState to, DateTime nowUtc)
    {
        var version = Latest;
        WorkflowRules.EnsureAllowed(version.State, to);
        if (to == WorkflowState.Published)
        {
            if (version.Translation(Cultures.Source) is null)
            {
                throw new InvalidOperationException($"Content item {Key} cannot be published without German text.");
            }

            foreach (var other in Versions)
            {
                other.IsPublished = false;
            }

            version.IsPublished = true;
            version.PublishedUtc = nowUtc;
        }
        else if (to == WorkflowState.Archived)
        {
            version.IsPublished = false;
        }

        version.State = to;
        version.ModifiedUtc = nowUtc;
    }

    /// <summary>
    /// Takes the entry offline: the published version is archived, an open draft stays a draft.
    /// Without a published version, an open draft is discarded (archived).
    /// </summary>
    public void Archive(DateTime nowUtc)
    {
        var target = Published ?? Latest;
        WorkflowRules.EnsureAllowed(target.State, WorkflowState.Archived);
        target.IsPublished = false;
        target.State = WorkflowState.Archived;
        target.ModifiedUtc = nowUtc;
    }

    /// <summary>
    /// Closes the version in review without publishing it (a publisher rejected it): it is removed
    /// when an earlier version remains, so the published text stays live and unchanged and the next
    /// draft starts from it; an entry's only version is archived instead, so it never becomes public.
    /// Returns the rejected version.
    /// </summary>
    public ContentVersion RejectInReview(DateTime nowUtc)
    {
        var version = Latest;
        if (version.State != WorkflowState.InReview)
        {
            throw new InvalidTransitionException(version.State, WorkflowState.Archived);
        }

        Transition(WorkflowState.Draft, nowUtc);
        if (Versions.Count > 1)
        {
            Versions.Remove(version);
        }
        else
        {
            Archive(nowUtc);
        }

        return version;
    }

    /// <summary>
    /// Makes the texts and data of version <paramref name="number"/> the draft to work on: an open
    /// draft (or a version in review, which goes back to draft) takes them over; otherwise a new
    /// draft version copies them. Nothing public changes until the draft is published.
    /// </summary>
    public ContentVersion RestoreVersion(int number, DateTime nowUtc, string? author = null)
    {
        var source = Versions.FirstOrDefault(v => v.Number == number)
            ?? throw new ArgumentException($"Content item {Key} has no version {number}.", nameof(number));
        var latest = Latest;
        if (latest.State is WorkflowState.Draft or WorkflowState.InReview)
        {
            if (latest.State == WorkflowState.InReview)
            {
                Transition(WorkflowState.Draft, nowUtc);
            }

            if (source != latest)
            {
                latest.Data = source.Data.Clone();
                latest.Translations.Clear();
                latest.Translations.AddRange(source.Translations.Select(t => t.Clone()));
                latest.LastReviewedOn = source.LastReviewedOn;
                latest.UpdateDerived(Type);
            }

            latest.ModifiedUtc = nowUtc;
            latest.Author = author ?? latest.Author;
            return latest;
        }

        var draft = source.CloneAsDraft(latest.Number + 1, nowUtc, author);
        Versions.Add(draft);
        return draft;
    }

    /// <summary>A name-based id (RFC 4122 version 5 layout), so the same key gives the same id on every site.</summary>
    public static Guid IdFromKey(string key)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes("wegweiser:content:" + key));
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
