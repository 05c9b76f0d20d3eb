using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory.Glossary;

/// <summary>
/// Which published entries use which glossary term, per culture, exactly as their pages link them.
/// Worked out when a glossary page asks, and then only for the entries that changed since (the
/// snapshot shares unchanged entries); all again when the glossary itself changed. Long texts are
/// read in small batches and not kept.
/// </summary>
public sealed class GlossaryUsage(GlossaryCatalog catalog, HtmlRenderer html, IOptions<WegweiserOptions> options)
{
    private const int Batch = 100;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private State? _state;

    /// <summary>The published entries whose text in <paramref name="culture"/> links <paramref name="termKey"/>.</summary>
    public async Task<IReadOnlyList<PublishedEntry>> EntriesUsingAsync(
        string termKey, string culture, PublishedSnapshot snapshot, ContentStore store, CancellationToken ct)
    {
        var state = await CurrentAsync(snapshot, store, ct);
        return state.Uses.Values.Where(u => u.KeysByCulture.TryGetValue(culture, out var keys) && keys.Contains(termKey))
            .Select(u => u.Entry).ToList();
    }

    private async Task<State> CurrentAsync(PublishedSnapshot snapshot, ContentStore store, CancellationToken ct)
    {
        var state = Volatile.Read(ref _state);
        if (state is not null && state.Version == snapshot.Version)
        {
            return state;
        }

        await _gate.WaitAsync(ct);
        try
        {
            state = _state;
            if (state is not null && state.Version == snapshot.Version)
            {
                return state;
            }

            var next = await BuildAsync(snapshot, store, state, ct);
            Volatile.Write(ref _state, next);
            return next;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<State> BuildAsync(PublishedSnapshot snapshot, ContentStore store, State? previous, CancellationToken ct)
    {
        var index = catalog.For(snapshot);
        var reusable = previous is not null && ReferenceEquals(previous.Index, index) ? previous.Uses : null;
        var uses = new Dictionary<Guid, Use>();
        var changed = new List<Guid>();
        foreach (var entry in snapshot.All)
        {
            if (reusable is not null && reusable.TryGetValue(entry.Item.Id, out var known) && ReferenceEquals(known.Entry, entry))
            {
                uses[entry.Item.Id] = known;
            }
            else
            {
                changed.Add(entry.Item.Id);
            }
        }

        foreach (var batch in changed.Chunk(Batch))
        {
            foreach (var full in await store.PublishedByIdsAsync(batch, ct))
            {
                if (snapshot.ByKey(full.Key) is { } compact)
                {
                    uses[full.Item.Id] = new Use(compact, TermsIn(index, full));
                }
            }
        }

        return new State(snapshot.Version, index, uses.ToFrozenDictionary());
    }

    /// <summary>Per culture, the terms the entry's page links (the cultures without a translation read the German text).</summary>
    private FrozenDictionary<string, FrozenSet<string>> TermsIn(GlossaryIndex index, PublishedEntry entry)
    {
        var byCulture = new Dictionary<string, FrozenSet<string>>();
        foreach (var culture in options.Value.SiteCultures)
        {
            var text = LocalizedText.For(entry.Version, culture);
            if (!MayMention(index, text))
            {
                continue;
            }

            var linked = GlossaryLinking.Link(index, html, text, culture, entry.Key);
            if (linked.Notes.Count > 0)
            {
                byCulture[culture] = linked.Notes.Select(n => n.Key).ToFrozenSet(StringComparer.Ordinal);
            }
        }

        return byCulture.ToFrozenDictionary();
    }

    /// <summary>A cheap first look at the raw texts: no term in them, no need to render them.</summary>
    private static bool MayMention(GlossaryIndex index, LocalizedText text)
    {
        var matcher = index.MatcherFor(text.Lang);
        return new[] { ContentFields.Summary, ContentFields.Body }.Concat(LinkedTexts.FieldNames)
            .Select(text.Field).OfType<string>().Any(value => matcher.Find(value).Count > 0);
    }

    private sealed record Use(PublishedEntry Entry, FrozenDictionary<string, FrozenSet<string>> KeysByCulture);

    private sealed record State(long Version, GlossaryIndex Index, FrozenDictionary<Guid, Use> Uses);
}
