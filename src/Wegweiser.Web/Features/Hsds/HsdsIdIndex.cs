using System.Runtime.CompilerServices;
using Wegweiser.Data.Stores;

namespace Wegweiser.Web.Features.Hsds;

/// <summary>
/// Finds the entry behind an HSDS id: the ids of a snapshot's services and organizations, worked
/// out once per snapshot and dropped with it.
/// </summary>
public sealed class HsdsIdIndex
{
    private readonly ConditionalWeakTable<PublishedSnapshot, IReadOnlyDictionary<Guid, PublishedEntry>> _bySnapshot = new();

    public PublishedEntry? Find(PublishedSnapshot snapshot, Guid id) =>
        _bySnapshot.GetValue(snapshot, Build).GetValueOrDefault(id);

    private static IReadOnlyDictionary<Guid, PublishedEntry> Build(PublishedSnapshot snapshot)
    {
        var ids = new Dictionary<Guid, PublishedEntry>();
        foreach (var type in HsdsContext.ServiceTypes)
        {
            foreach (var entry in snapshot.OfType(type))
            {
                ids[HsdsIds.Of("service", entry.Key)] = entry;
            }
        }

        foreach (var entry in snapshot.OfType(Core.Content.ContentType.Organisation))
        {
            ids[HsdsIds.Of("organization", entry.Key)] = entry;
        }

        return ids;
    }
}
