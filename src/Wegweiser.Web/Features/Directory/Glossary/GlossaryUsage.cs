using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using Wegweiser.Core.Content;
using Wegweiser.Data.Stores;
using Wegweiser.Web.Infrastructure;

namespace Wegweiser.Web.Features.Directory.Glossary;

/// <summary>
/// Which published entries use which glossary term, per culture, exactly as their pages link them.
/// The first glossary page to ask waits for the first state. After a change, a glossary page gets
/// the last state at once while the next one is worked out in the background, only for the
/// entries that changed (the snapshot shares unchanged entries), or for all when the glossary
/// itself changed. Glossary pages are cached for a minute at most, so a page shows the new state
/// within a minute of its completion. Long texts are read in small batches and not kept.
/// </summary>
public sealed class GlossaryUsage(
    GlossaryCatalog catalog, HtmlRenderer html, IOptions<WegweiserOptions> options,
    IServiceScopeFactory scopes, ILogger<GlossaryUsage> logger)
{
    private const int Batch = 100;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private State? _state;
    private readonly Lock _refreshLock = new();
    private Task? _refresh;

    /// <summary>How long a page waits for a background refresh before it takes the last state.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// The published entries whose text in <paramref name="culture"/> links <paramref name="termKey"/>,
    /// and whether they are of <paramref name="snapshot"/> (false: the last state, while the next is worked out).
    /// </summary>
    public async Task<(IReadOnlyList<PublishedEntry> Entries, bool Current)> EntriesUsingAsync(
        string termKey, string culture, PublishedSnapshot snapshot, ContentStore store, CancellationToken ct)
    {
        var state = await CurrentAsync(snapshot, store, ct);
        var entries = state.Uses.Values.Where(u => u.Links(culture, termKey)).Select(u => u.Entry).ToList();
        return (entries, state.Version >= snapshot.Version);
    }

    private async Task<State> CurrentAsync(PublishedSnapshot snapshot, ContentStore store, CancellationToken ct)
    {
        var state = Volatile.Read(ref _state);
        if (state is null)
        {
            return await RefreshAsync(snapshot, store, ct);
        }

        if (state.Version >= snapshot.Version)
        {
            return state;
        }

        Task refresh;
        lock (_refreshLock)
        {
            _refresh ??= Task.Run(() => RefreshInBackgroundAsync(snapshot));
            refresh = _refresh;
        }

        await Task.WhenAny(refresh, Task.Delay(Patience, ct));
        return Volatile.Read(ref _state) ?? state;
    }

    private async Task RefreshInBackgroundAsync(PublishedSnapshot snapshot)
    {
        try
        {
            using var scope = scopes.CreateScope();
            await RefreshAsync(snapshot, scope.ServiceProvider.GetRequiredService<ContentStore>(), CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "The glossary usage could not be worked out; the last state stays");
        }
        finally
        {
            lock (_refreshLock)
            {
                _refresh = null;
            }
        }
    }

    private async Task<State> RefreshAsync(PublishedSnapshot snapshot, ContentStore store, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var state = _state;
            if (state is not null && state.Version >= snapshot.Version)
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
    /// <remarks>Plain arrays: a few keys per culture, for every published entry (frozen sets cost about 40 times as much).</remarks>
    private KeyValuePair<string, string[]>[] TermsIn(GlossaryIndex index, PublishedEntry entry)
    {
        var byCulture = new List<KeyValuePair<string, string[]>>();
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
                byCulture.Add(new(culture, linked.Notes.Select(n => n.Key).Distinct(StringComparer.Ordinal).ToArray()));
            }
        }

        return byCulture.Count == 0 ? [] : byCulture.ToArray();
    }

    /// <summary>A cheap first look at the raw texts: no term in them, no need to render them.</summary>
    private static bool MayMention(GlossaryIndex index, LocalizedText text)
    {
        var matcher = index.MatcherFor(text.Lang);
        return new[] { ContentFields.Summary, ContentFields.Body }.Concat(LinkedTexts.FieldNames)
            .Select(text.Field).OfType<string>().Any(value => matcher.Find(value).Count > 0);
    }

    private sealed record Use(PublishedEntry Entry, KeyValuePair<string, string[]>[] KeysByCulture)
    {
        public bool Links(string culture, string termKey)
        {
            foreach (var (linkedIn, keys) in KeysByCulture)
            {
                if (linkedIn == culture)
                {
                    return Array.IndexOf(keys, termKey) >= 0;
                }
            }

            return false;
        }
    }

    private sealed record State(long Version, GlossaryIndex Index, FrozenDictionary<Guid, Use> Uses);
}
